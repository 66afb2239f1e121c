import { describeValue, isListUpTo, type PassId } from "@unsms/core";
import * as Result from "effect/Result";
import { passCategories } from "../policy/passCategories";
import type { PassCategory } from "../policy/PassCategory";
import type { PassClaims } from "../token/PassClaims";
import { PassRefused } from "../token/PassRefused";
import { decodeBytes, decodeText, encodeText } from "./base64url";
import { isoSeconds, toIsoSecond } from "./time";

/**
 * Pass tokens and revocation lists are JWS compact serializations (RFC 7515 §7.1) signed
 * with EdDSA over Ed25519 (RFC 8037):
 *
 *     base64url(header) . base64url(payload) . base64url(64-byte signature)
 *
 * The protected header is `{"alg":"EdDSA","kid":<kid>,"typ":<type>}`, `kid` the RFC 7638
 * thumbprint of the signing key, `typ` {@link PASS_TYP} or {@link REVOCATIONS_TYP} (explicit
 * typing, RFC 8725 §3.11, so that a revocation list can never pass for a pass or the
 * reverse). A pass's payload is the JSON object of its claims: `jti` (pass id), `category`,
 * `dutyStation`, `zones`, `stationBound`, `escortRequired`, `nbf` and `exp` (the validity
 * window `[nbf, exp)` in Unix seconds, as in RFC 7519).
 *
 * @internal
 */
export const PASS_TYP = "unsms-pass+jwt";

/** @internal */
export const REVOCATIONS_TYP = "unsms-revocations+jwt";

/** The longest token or list text read (a pass token is about 500 characters). @internal */
export const MAX_TOKEN_LENGTH = 8192;

/** The longest signed revocation list read: 16 MiB. @internal */
export const MAX_LIST_LENGTH = 16_777_216; // 16 MiB; a product at module scope is kept by a bundler

/** The base64url protected header of a token of the given type and key. @internal */
export const protectedHeader = (keyId: string, typ: string): string =>
  encodeText(`{"alg":"EdDSA","kid":${JSON.stringify(keyId)},"typ":"${typ}"}`);

/**
 * The JSON payload of a pass's claims, or undefined when they would not make a well-formed
 * token (the checks {@link readPassPayload} makes): what is signed always reads back.
 *
 * @internal
 */
export const passPayloadJson = (claims: PassClaims): string | undefined => {
  const { id, category, dutyStation, zones, stationBound, escortRequired, validFrom, validUntil } = claims;
  const nbf = typeof validFrom === "string" ? isoSeconds(validFrom) : Number.NaN;
  const exp = typeof validUntil === "string" ? isoSeconds(validUntil) : Number.NaN;
  if (!wellFormed(id, category, dutyStation, zones, stationBound, escortRequired, nbf, exp)) return undefined;
  let zoneList = "";
  for (let i = 0; i < zones.length; i++) zoneList += (i === 0 ? "" : ",") + JSON.stringify(zones[i]);
  return `{"jti":${JSON.stringify(id)},"category":${JSON.stringify(category)},"dutyStation":${JSON.stringify(dutyStation)},"zones":[${zoneList}],"stationBound":${stationBound},"escortRequired":${escortRequired},"nbf":${nbf},"exp":${exp}}`;
};

/** A JWS split into what was signed, its key id, payload (base64url) and signature. @internal */
export interface SplitJws {
  readonly signingInput: string;
  readonly keyId: string;
  readonly payload: string;
  readonly signature: Uint8Array;
}

const malformed = (
  message: string,
  expected: string,
  received: string,
  path = "token",
): Result.Result<never, PassRefused> =>
  Result.fail(new PassRefused({ reason: "malformed", message, path, expected, received }));

/** Most characters of an offending part an error shows (docs/reliability.md: at most ten). @internal */
const PREVIEW_LENGTH = 10;

/**
 * A short, escaped excerpt of the offending part of a text, for error messages: at most
 * {@link PREVIEW_LENGTH} characters of it, never more, so that an error about a file that is not
 * a token (a `--revoked` file of secrets) shows next to nothing of it. @internal
 */
export const preview = (text: string): string =>
  JSON.stringify(text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH)}…` : text);

/** A text told by its size only, where any excerpt would be the start of the input. @internal */
const sizeOf = (text: string): string => `a text of ${text.length} characters`;

const base64urlPart = /^[A-Za-z0-9_-]+$/;

/** How many dots a text holds (linear; a token is at most its documented length). */
const dots = (text: string): number => {
  let count = 0;
  for (let at = text.indexOf("."); at >= 0; at = text.indexOf(".", at + 1)) count++;
  return count;
};

/** The key id of a token's header text, if the header is exactly what a token of type `typ` must carry. */
const readHeader = (text: string, typ: string): Result.Result<string, PassRefused> => {
  const json = decodeText(text);
  if (json === undefined)
    return malformed("the header is not canonical base64url of UTF-8", "base64url", sizeOf(text), "token.header");
  let header: unknown;
  try {
    header = JSON.parse(json);
  } catch {
    return malformed("the header is not JSON", "a JSON object", preview(json), "token.header");
  }
  if (typeof header !== "object" || header === null || Array.isArray(header))
    return malformed("the header is not a JSON object", "a JSON object", preview(json), "token.header");
  const { alg, kid, typ: type, crit } = header as Record<string, unknown>;
  if (alg !== "EdDSA") {
    return malformed(
      `the token claims algorithm ${JSON.stringify(alg) ?? "none"}: only EdDSA (Ed25519) is ever accepted`,
      "EdDSA",
      JSON.stringify(alg) ?? "nothing",
      "token.header.alg",
    );
  }
  if (type !== typ)
    return malformed(
      `the token's type is ${JSON.stringify(type) ?? "missing"}, not ${typ}`,
      typ,
      JSON.stringify(type) ?? "nothing",
      "token.header.typ",
    );
  if (crit !== undefined)
    return malformed(
      "the token has critical header parameters this verifier does not know",
      "no crit",
      preview(JSON.stringify(crit) ?? ""),
      "token.header.crit",
    );
  if (typeof kid !== "string" || kid.length === 0 || kid.length > 128)
    return malformed(
      "the key id must be a string of 1 to 128 characters",
      "a kid",
      preview(String(kid)),
      "token.header.kid",
    );
  return Result.succeed(kid);
};

// The last header that read well, with the type it was read for and its key id: an office
// signs every token with the same header, and reading it again costs 1.3–1.9 µs, a few per
// cent of a verification (whose budget is 10 % over a bare Ed25519 verify). Only a success
// is kept, and only for the same text AND type, so a cached answer is always the one
// readHeader would give: no answer depends on earlier calls.
let lastHeader = "";
let lastTyp = "";
let lastRead: Result.Result<string, PassRefused> | undefined;

/** {@link readHeader}, remembering the last success (see above). */
const headerKeyId = (headerText: string, typ: string): Result.Result<string, PassRefused> => {
  if (lastRead !== undefined && headerText === lastHeader && typ === lastTyp) return lastRead;
  const read = readHeader(headerText, typ);
  if (Result.isSuccess(read)) {
    lastHeader = headerText;
    lastTyp = typ;
    lastRead = read;
  }
  return read;
};

/**
 * Splits a JWS compact token of the given type; never throws.
 *
 * @internal
 */
export const splitJws = (
  token: unknown,
  typ: string,
  maxLength = MAX_TOKEN_LENGTH,
  decodeSignature: (text: string) => Uint8Array | undefined = decodeBytes,
): Result.Result<SplitJws, PassRefused> => {
  if (typeof token !== "string") return malformed("a token is a string", "a string", describeValue(token));
  if (token.length > maxLength)
    return malformed(
      `a token is at most ${maxLength} characters`,
      `at most ${maxLength} characters`,
      `${token.length} characters`,
    );
  const first = token.indexOf(".");
  const second = first < 0 ? -1 : token.indexOf(".", first + 1);
  if (first <= 0 || second < 0 || token.indexOf(".", second + 1) >= 0)
    return malformed(
      "a JWS compact token has three parts separated by dots",
      "header.payload.signature",
      `${sizeOf(token)} and ${dots(token)} dots`,
    );
  return Result.gen(() => splitParts(token, first, second, typ, decodeSignature));
};

/** The steps of {@link splitJws} once the token has three parts: its header, payload and signature, checked. */
function* splitParts(
  token: string,
  first: number,
  second: number,
  typ: string,
  decodeSignature: (text: string) => Uint8Array | undefined,
) {
  const keyId = yield* headerKeyId(token.slice(0, first), typ);
  const payload = token.slice(first + 1, second);
  // The whole signed text must be base64url ASCII: the signature covers bytes.
  if (!base64urlPart.test(payload))
    return yield* malformed("the payload must be base64url", "base64url characters", preview(payload), "token.payload");
  const signatureText = token.slice(second + 1);
  const signature = signatureText.length === 86 ? decodeSignature(signatureText) : undefined;
  if (signature === undefined || signature.length !== 64)
    return yield* malformed(
      "the signature must be 64 bytes in canonical base64url",
      "86 base64url characters",
      preview(signatureText),
      "token.signature",
    );
  return { signingInput: token.slice(0, second), keyId, payload, signature };
}

const isText = (value: unknown): value is string =>
  typeof value === "string" && value.length > 0 && value.length <= 200;

/** Unix seconds a token can carry: 1970 up to the end of year 9999. @internal */
export const isTokenSeconds = (value: unknown): value is number =>
  Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) < 253402300800;

const isCategory = (value: unknown): value is PassCategory =>
  (passCategories as ReadonlyArray<unknown>).includes(value);

/** The claims a pass token can carry, of the right types and sizes. @internal */
const wellFormed = (
  jti: unknown,
  category: unknown,
  dutyStation: unknown,
  zones: unknown,
  stationBound: unknown,
  escortRequired: unknown,
  nbf: unknown,
  exp: unknown,
): zones is Array<string> =>
  isText(jti) &&
  isCategory(category) &&
  isText(dutyStation) &&
  isListUpTo(zones, 100) &&
  zones.length > 0 &&
  zones.every(isText) &&
  typeof stationBound === "boolean" &&
  typeof escortRequired === "boolean" &&
  isTokenSeconds(nbf) &&
  isTokenSeconds(exp);

/** The claims of a signed payload with their window in ms. @internal */
export interface ReadClaims {
  readonly claims: PassClaims;
  readonly fromMs: number;
  readonly untilMs: number;
}

/** Base64url of UTF-8 to text, or undefined: the portable {@link decodeText} by default. @internal */
export type TextDecoderOf = (text: string) => string | undefined;

const parseObject = (payload: string, decode: TextDecoderOf): Record<string, unknown> | string => {
  const json = decode(payload);
  if (json === undefined) return "the payload is not canonical base64url of UTF-8";
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return "the payload is not JSON";
  }
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : "the payload is not a JSON object";
};

/** The claims of a signed pass payload, or `malformed`. @internal */
export const readPassPayload = (
  payload: string,
  decode: TextDecoderOf = decodeText,
): Result.Result<ReadClaims, PassRefused> => {
  const value = parseObject(payload, decode);
  if (typeof value === "string") return malformed(value, "a JSON object of claims", preview(payload), "token.payload");
  const { jti, category, dutyStation, zones, stationBound, escortRequired, nbf, exp } = value;
  if (!wellFormed(jti, category, dutyStation, zones, stationBound, escortRequired, nbf, exp)) {
    return malformed(
      "the payload's claims have the wrong types",
      "{jti, category, dutyStation, zones, stationBound, escortRequired, nbf, exp}",
      preview(payload),
      "token.payload",
    );
  }
  const fromMs = (nbf as number) * 1000;
  const untilMs = (exp as number) * 1000;
  return Result.succeed({
    fromMs,
    untilMs,
    claims: {
      id: jti as PassId,
      category: category as PassCategory,
      dutyStation: dutyStation as PassClaims["dutyStation"],
      zones,
      stationBound: stationBound as boolean,
      escortRequired: escortRequired as boolean,
      validFrom: toIsoSecond(fromMs),
      validUntil: toIsoSecond(untilMs),
    },
  });
};

/** The JSON payload of a revocation list. @internal */
export const revocationsPayloadJson = (issuedAtSeconds: number, passIds: ReadonlyArray<string>): string =>
  JSON.stringify({ iat: issuedAtSeconds, revoked: passIds });

/** The issuing time and ids of a signed revocation list payload, or a message. @internal */
export const readRevocationsPayload = (
  payload: string,
): Result.Result<{ readonly issuedAt: string; readonly revoked: ReadonlyArray<string> }, string> => {
  const value = parseObject(payload, decodeText);
  if (typeof value === "string") return Result.fail(value);
  const { iat, revoked } = value;
  if (!isTokenSeconds(iat) || !Array.isArray(revoked) || !revoked.every((id) => typeof id === "string")) {
    return Result.fail("the payload must be {iat: seconds, revoked: [pass ids]}");
  }
  return Result.succeed({ issuedAt: toIsoSecond(iat * 1000), revoked });
};
