/**
 * Pass tokens where WebCrypto is all there is (browsers, workers, Deno, Node too): the
 * layers that sign and verify with WebCrypto Ed25519 keys, for the portable `signPass` and
 * `checkPass` of `@unsms/access-pass/services`. No Node built-in, no `@types/node` needed.
 *
 * @packageDocumentation
 */
export type * from "./keys/WebCryptoKey";
export * from "./services/webPassSigner";
export * from "./services/webPassTrustStore";
export * from "./services/webPassTrustStoreFromJwks";
