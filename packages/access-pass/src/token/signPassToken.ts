import { Buffer } from "node:buffer";
import { sign } from "node:crypto";
import type { Pass } from "../issuance/PassSchema";
import { passSigningInput } from "../internal/tokenFormat";
import type { PassSigningKey } from "../keys/PassSigningKey";

const base64urlOfAscii = (ascii: string): string => Buffer.from(ascii, "latin1").toString("base64url");

/**
 * Signs a pass into a compact token a checkpoint verifies offline with
 * {@link verifyPassToken}: `UNP1.EdDSA.<key id>.<payload>.<signature>` — the version,
 * the only algorithm there is (Ed25519), the signing key's id, the base64url claims
 * ({@link PassClaims}: no personal data) and the 64-byte Ed25519 signature of everything
 * before it. About 240 characters: fits a QR code on the badge.
 *
 * Deterministic (Ed25519 signatures are): the same pass and key give the same token.
 *
 * @example
 * ```ts
 * import { makeSigningKey, signPassToken, type Pass } from "@unsms/access-pass"
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
 * console.log(signPassToken(pass, key).slice(0, 11)) // "UNP1.EdDSA."
 * ```
 *
 * @category tokens
 * @since 0.1.0
 */
export const signPassToken = (pass: Pass, key: PassSigningKey): string => {
  const input = passSigningInput(pass, key.keyId, base64urlOfAscii);
  return `${input}.${sign(null, Buffer.from(input, "latin1"), key.privateKey).toString("base64url")}`;
};
