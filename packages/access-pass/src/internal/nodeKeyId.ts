import { createHash, type KeyObject } from "node:crypto";

/**
 * The key id of an Ed25519 public key: the first 16 characters of its RFC 7638 JWK
 * thumbprint (base64url of the SHA-256 of `{"crv":"Ed25519","kty":"OKP","x":…}`).
 *
 * @internal
 */
export const thumbprintInput = (x: string): string => `{"crv":"Ed25519","kty":"OKP","x":"${x}"}`;

/** @internal */
export const nodeKeyId = (publicKey: KeyObject): string => {
  const jwk = publicKey.export({ format: "jwk" });
  return createHash("sha256").update(thumbprintInput(String(jwk.x))).digest("base64url").slice(0, 16);
};
