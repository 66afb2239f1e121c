import { createHash, createPublicKey, type KeyObject } from "node:crypto";

/**
 * The RFC 7638 thumbprint input of an Ed25519 public key: the required members of its JWK
 * in lexicographic order, without white space.
 *
 * @internal
 */
const thumbprintInput = (x: string): string => `{"crv":"Ed25519","kty":"OKP","x":"${x}"}`;

/** The `x` (base64url public key) of a node Ed25519 key. @internal */
export const nodePublicX = (key: KeyObject): string =>
  String((key.type === "public" ? key : createPublicKey(key)).export({ format: "jwk" }).x);

/**
 * The key id of an Ed25519 public key: its whole RFC 7638 JWK thumbprint (base64url of the
 * SHA-256 of {@link thumbprintInput}, 43 characters).
 *
 * @internal
 */
export const nodeKeyId = (publicKey: KeyObject): string =>
  createHash("sha256")
    .update(thumbprintInput(nodePublicX(publicKey)))
    .digest("base64url");
