/// <reference types="node" />
/**
 * Pass keys and tokens on Node: Ed25519 keys as node:crypto `KeyObject`s (from PEM —
 * PKCS #8 / SPKI — or a JWK Set), synchronous signing and verification of pass tokens
 * (JWS compact, EdDSA) and revocation lists, and the node layers of the token services.
 * The portable rest is `@unsms/access-pass`; browsers use `@unsms/access-pass/web`.
 *
 * @packageDocumentation
 */
export type { PassSigningKey } from "./keys/PassSigningKey";
export type { PassVerifyingKey } from "./keys/PassVerifyingKey";
export { makeSigningKey } from "./keys/makeSigningKey";
export { makeVerifyingKey } from "./keys/makeVerifyingKey";
export { signingKeyFromPem } from "./keys/signingKeyFromPem";
export { verifyingKeyFromPem } from "./keys/verifyingKeyFromPem";
export { verifyingKeysFromJwks } from "./keys/verifyingKeysFromJwks";
export { publicJwkOf } from "./keys/publicJwkOf";
export { jwksOf } from "./keys/jwksOf";

export type { Checkpoint } from "./token/Checkpoint";
export { signPassToken } from "./token/signPassToken";
export { verifyPassToken } from "./token/verifyPassToken";

export { signRevocationList } from "./revocation/signRevocationList";
export { openRevocationList } from "./revocation/openRevocationList";

export { nodePassSigner } from "./services/nodePassSigner";
export { nodePassTrustStore } from "./services/nodePassTrustStore";
