import type { PassId } from "@unsms/core";
import * as Result from "effect/Result";
import type { PassCategory } from "../policy/PassCategory";
import type { PassClaims } from "../token/PassClaims";
import { PassRefused } from "../token/PassRefused";
import { binaryToBytes, decodeToBinary, encodeAscii } from "./base64url";
import { toIsoSecond } from "./time";

/**
 * The pass token, version 1:
 *
 *     UNP1.EdDSA.<kid>.<payload>.<signature>
 *
 * `kid` is the signing key's id (16 base64url characters), `payload` the base64url of the
 * ASCII JSON array `[id, category, dutyStation, zones, stationBound, escortRequired,
 * validFrom, validUntil]` (booleans as 0/1, times as Unix seconds), `signature` the
 * base64url of the 64-byte Ed25519 signature of the ASCII text before the last dot.
 *
 * @internal
 */
export const PASS_TOKEN_PREFIX = "UNP1.EdDSA.";

/** @internal */
export const REVOCATION_LIST_PREFIX = "UNRL1.EdDSA.";

const keyIdPattern = /^[A-Za-z0-9_-]{16}$/;
const payloadPattern = /^[A-Za-z0-9_-]+$/;

const categories: ReadonlyArray<string> = ["staff", "affiliate", "delegate", "ngo-annual", "ngo-temporary", "media", "contractor", "intern", "retiree", "visitor", "courtesy"];

const isAscii = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7e) return false;
  return true;
};

/** JSON with every non-ASCII character escaped, so that the text is ASCII. @internal */
export const asciiJson = (value: unknown): string => {
  const json = JSON.stringify(value);
  return isAscii(json) ? json : json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
};

const digit = (text: string, i: number): number => text.charCodeAt(i) - 48;
const number = (text: string, from: number, to: number): number => {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + digit(text, i);
  return n;
};

/** Unix seconds of `YYYY-MM-DDTHH:MM:SSZ` (fast path), else of any ISO text via `Date.parse`. @internal */
export const isoSeconds = (iso: string): number =>
  iso.length === 20 && iso.charCodeAt(19) === 90 && iso.charCodeAt(10) === 84
    ? Date.UTC(number(iso, 0, 4), number(iso, 5, 7) - 1, number(iso, 8, 10), number(iso, 11, 13), number(iso, 14, 16), number(iso, 17, 19)) / 1000
    : Math.floor(Date.parse(iso) / 1000);

/**
 * The text a pass token signs; `encode` turns ASCII into base64url (platform-specific
 * speed). The payload is the JSON array written out directly (each string through
 * `JSON.stringify`), which is faster than stringifying an array.
 *
 * @internal
 */
export const passSigningInput = (claims: PassClaims, keyId: string, encode: (ascii: string) => string = encodeAscii): string => {
  let zones = "";
  for (let i = 0; i < claims.zones.length; i++) zones += (i === 0 ? "" : ",") + JSON.stringify(claims.zones[i]);
  const json = `[${JSON.stringify(claims.id)},${JSON.stringify(claims.category)},${JSON.stringify(claims.dutyStation)},[${zones}],${claims.stationBound ? 1 : 0},${claims.escortRequired ? 1 : 0},${isoSeconds(claims.validFrom)},${isoSeconds(claims.validUntil)}]`;
  return `${PASS_TOKEN_PREFIX}${keyId}.${encode(isAscii(json) ? json : asciiJson(JSON.parse(json)))}`;
};

/** A token split into what was signed, its key id, payload and signature. @internal */
export interface SplitToken {
  readonly signingInput: string;
  readonly keyId: string;
  readonly payload: string;
  readonly signature: Uint8Array;
}

const malformed = (message: string, expected: string, received: string): Result.Result<never, PassRefused> =>
  Result.fail(new PassRefused({ reason: "malformed", message, path: "token", expected, received }));

const preview = (text: string): string => JSON.stringify(text.length > 24 ? `${text.slice(0, 24)}…` : text);

/** Canonical base64url to bytes, or undefined: portable (atob). @internal */
export const portableDecode = (text: string): Uint8Array | undefined => {
  const binary = decodeToBinary(text);
  return binary === undefined ? undefined : binaryToBytes(binary);
};

/** Splits a token or a revocation list of the given prefix; never throws. @internal */
export const splitToken = (token: unknown, prefix: string, decode: (text: string) => Uint8Array | undefined = portableDecode): Result.Result<SplitToken, PassRefused> => {
  if (typeof token !== "string") return malformed("a token is a string", "a string", typeof token);
  if (!token.startsWith(prefix)) {
    const dot = token.indexOf(".");
    const algorithm = token.slice(dot + 1, token.indexOf(".", dot + 1));
    return dot > 0 && token.slice(0, dot) === prefix.slice(0, prefix.indexOf(".")) && algorithm !== "EdDSA"
      ? malformed(`the token claims algorithm ${JSON.stringify(algorithm)}: only EdDSA (Ed25519) is ever accepted`, "EdDSA", JSON.stringify(algorithm))
      : malformed(`not a token of this format: it must start with ${JSON.stringify(prefix)}`, prefix, preview(token));
  }
  const last = token.lastIndexOf(".");
  const kidEnd = token.indexOf(".", prefix.length);
  if (kidEnd < 0 || last <= kidEnd) return malformed("a token has five parts separated by dots", "UNP1.EdDSA.kid.payload.signature", preview(token));
  const keyId = token.slice(prefix.length, kidEnd);
  if (!keyIdPattern.test(keyId)) return malformed("the key id must be 16 base64url characters", "16 base64url characters", preview(keyId));
  const payload = token.slice(kidEnd + 1, last);
  // The whole signed text must be base64url ASCII: the signature covers bytes, and a
  // character outside ASCII could otherwise stand for the same byte as another.
  if (!payloadPattern.test(payload)) return malformed("the payload must be base64url", "base64url characters", preview(payload));
  const signatureText = token.slice(last + 1);
  const signature = signatureText.length === 86 ? decode(signatureText) : undefined;
  if (signature === undefined || signature.length !== 64) {
    return malformed("the signature must be 64 bytes in canonical base64url", "86 base64url characters", preview(signatureText));
  }
  return Result.succeed({ signingInput: token.slice(0, last), keyId, payload, signature });
};

const isText = (value: unknown): value is string => typeof value === "string" && value.length > 0 && value.length <= 200;
const isSeconds = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) < 253402300800;

/** The claims of a signed payload with their window in ms, or `malformed`. @internal */
export interface ReadClaims {
  readonly claims: PassClaims;
  readonly fromMs: number;
  readonly untilMs: number;
}

/** The claims of a signed payload, or `malformed`. @internal */
export const readPassPayload = (payload: string, decode: (text: string) => string | undefined = decodeToBinary): Result.Result<ReadClaims, PassRefused> => {
  const binary = decode(payload);
  if (binary === undefined) return malformed("the payload is not canonical base64url", "base64url", preview(payload));
  let value: unknown;
  try {
    value = JSON.parse(binary);
  } catch {
    return malformed("the payload is not JSON", "a JSON array", preview(binary));
  }
  if (!Array.isArray(value) || value.length !== 8) return malformed("the payload must be an array of 8 claims", "8 claims", preview(binary));
  const [id, category, dutyStation, zones, bound, escort, from, until] = value as Array<unknown>;
  if (
    !isText(id) ||
    !isText(category) ||
    !categories.includes(category) ||
    !isText(dutyStation) ||
    !Array.isArray(zones) ||
    zones.length === 0 ||
    !zones.every(isText) ||
    (bound !== 0 && bound !== 1) ||
    (escort !== 0 && escort !== 1) ||
    !isSeconds(from) ||
    !isSeconds(until)
  ) {
    return malformed("the payload's claims have the wrong types", "[id, category, dutyStation, zones, 0|1, 0|1, seconds, seconds]", preview(binary));
  }
  return Result.succeed({
    fromMs: from * 1000,
    untilMs: until * 1000,
    claims: {
    id: id as PassId,
    category: category as PassCategory,
    dutyStation: dutyStation as PassClaims["dutyStation"],
    zones: zones as Array<string>,
    stationBound: bound === 1,
    escortRequired: escort === 1,
    validFrom: toIsoSecond(from * 1000),
    validUntil: toIsoSecond(until * 1000),
    },
  });
};
