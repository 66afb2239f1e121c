/**
 * The pass token services of effect: the {@link PassSigner}, {@link PassTrustStore} and
 * {@link PassRevocations} context tags, {@link staticPassRevocations}, and the programs
 * {@link signPass} and {@link checkPass} that sign and verify with whatever layers provide them
 * (`nodePassSigner` and `nodePassTrustStore` from `@unsms/access-pass/node`, `webPassSigner`,
 * `webPassTrustStore` and `webPassTrustStoreFromJwks` from `@unsms/access-pass/web`, or an
 * agency's own: an HSM, a KMS).
 *
 * Portable like `@unsms/access-pass` (no Node built-in, no zod at run time), and apart from
 * it because it loads effect's runtime (`Effect`, `Layer`, `Context`, `Clock`: about 11 kB
 * gzipped in a browser bundle) that embedders who sign with `signPassToken` or verify with
 * `verifyPassToken` never use.
 *
 * @packageDocumentation
 */
export * from "./services/PassSigner";
export * from "./services/PassTrustStore";
export * from "./services/PassRevocations";
export * from "./services/staticPassRevocations";
export * from "./services/signPass";
export * from "./services/checkPass";
