import { readOrElse } from "@unsms/core";
import { Buffer } from "node:buffer";
import { sign } from "node:crypto";
import type { Pass } from "../issuance/PassSchema";
import { PASS_TYP, passPayloadJson, protectedHeader } from "../internal/jws";
import type { PassSigningKey } from "../keys/PassSigningKey";

let lastKeyId = "";
let lastHeader = "";

/**
 * Signs a pass into a JWS compact token (RFC 7515) a checkpoint verifies offline with
 * {@link verifyPassToken} — and any JOSE library with the office's public key: protected
 * header `{"alg":"EdDSA","kid":<RFC 7638 thumbprint>,"typ":"unsms-pass+jwt"}`, payload the
 * pass's claims ({@link @unsms/access-pass!index.PassClaims | PassClaims}: no personal data; `jti`, `nbf`, `exp` as in RFC 7519),
 * and the 64-byte Ed25519 signature (RFC 8037). About 450 characters: fits a QR code.
 *
 * Deterministic (Ed25519 signatures are): the same pass and key give the same token.
 *
 * Total: it never throws. A decoded {@link @unsms/access-pass!index.Pass | Pass} and a key of {@link makeSigningKey} always
 * make a token that reads back well-formed; anything else (a plain JS caller's value, claims
 * a token cannot carry) gives `""` — no token, which every verifier refuses as `malformed`.
 *
 * @example
 * ```ts
 * import type { Pass } from "@unsms/access-pass"
 * import { makeSigningKey, signPassToken } from "@unsms/access-pass/node"
 * import { generateKeyPairSync } from "node:crypto"
 * import * as Result from "effect/Result"
 *
 * const key = Result.getOrThrow(makeSigningKey(generateKeyPairSync("ed25519").privateKey))
 * const pass = {
 *   id: "NY-000001", category: "visitor", dutyStation: "New York",
 *   holder: { name: "A. Visitor", organization: "Public" }, zones: ["grounds"],
 *   stationBound: true, escortRequired: true, issuedAt: "2006-06-30T12:00:00Z",
 *   validFrom: "2006-06-30T12:00:00Z", validUntil: "2006-07-01T12:00:00Z", renewals: 0,
 * } as Pass
 * const [header] = signPassToken(pass, key).split(".")
 * console.log(JSON.parse(Buffer.from(header!, "base64url").toString()).alg) // "EdDSA"
 * console.log(signPassToken({ ...pass, zones: [] }, key)) // ""
 * ```
 *
 * @category tokens
 * @since 0.1.0
 */
export const signPassToken = (pass: Pass, key: PassSigningKey): string =>
  readOrElse(
    () => {
      const payload = passPayloadJson(pass);
      if (payload === undefined || typeof key.keyId !== "string") return "";
      if (key.keyId !== lastKeyId) {
        lastHeader = protectedHeader(key.keyId, PASS_TYP);
        lastKeyId = key.keyId;
      }
      const input = `${lastHeader}.${Buffer.from(payload, "utf8").toString("base64url")}`;
      return `${input}.${sign(null, Buffer.from(input, "latin1"), key.privateKey).toString("base64url")}`;
    },
    () => "",
  );
