/// <reference types="node" />
/**
 * Pass keys and tokens on Node: Ed25519 keys as node:crypto `KeyObject`s (from PEM —
 * PKCS #8 / SPKI — or a JWK Set), synchronous signing and verification of pass tokens
 * (JWS compact, EdDSA) and revocation lists, and the node layers of the token services.
 * The portable rest is `@unsms/access-pass`; browsers use `@unsms/access-pass/web`.
 *
 * @packageDocumentation
 */
export type * from "./keys/PassSigningKey";
export type * from "./keys/PassVerifyingKey";
export * from "./keys/makeSigningKey";
export * from "./keys/makeVerifyingKey";
export * from "./keys/signingKeyFromPem";
export * from "./keys/verifyingKeyFromPem";
export * from "./keys/verifyingKeysFromJwks";
export * from "./keys/publicJwkOf";
export * from "./keys/jwksOf";

export type * from "./token/Checkpoint";
export * from "./token/signPassToken";
export * from "./token/verifyPassToken";

export * from "./revocation/signRevocationList";
export * from "./revocation/openRevocationList";

export * from "./services/nodePassSigner";
export * from "./services/nodePassTrustStore";
