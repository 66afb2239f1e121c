/**
 * Grounds passes of the UN security management system (A/61/531 ¶38–39, Table 2): the pass
 * policy as data with a documented default, issuance that lists every unmet requirement,
 * the pass register (renewal, replacement of a lost pass, revocation, suspension), pass
 * tokens as standard JWS (EdDSA / Ed25519) a checkpoint verifies offline, and the pass
 * office workload.
 *
 * This entry is portable: no Node built-in and no zod at run time — it runs in Node, browsers
 * and workers (its type declarations name zod's types, so zod stays a required peer).
 * The zod schemas are `@unsms/access-pass/schema`; signing and verifying with node:crypto
 * keys is `@unsms/access-pass/node`, with WebCrypto keys `@unsms/access-pass/web`; the
 * effect services (`signPass`, `checkPass` and their context tags) are
 * `@unsms/access-pass/services`, so that this entry loads no effect runtime.
 *
 * @packageDocumentation
 */
export * from "./policy/passCategories";
export type { PassCategory } from "./policy/PassCategory";
export type { Zone } from "./policy/ZoneSchema";
export type { Requirement } from "./policy/RequirementSchema";
export type { MaxValidity } from "./policy/MaxValiditySchema";
export type { CategoryRule } from "./policy/CategoryRuleSchema";
export type { PassPolicy } from "./policy/PassPolicySchema";
export * from "./policy/defaultPassPolicy";

export type { HolderRole } from "./issuance/HolderRoleSchema";
export type { PassRequest } from "./issuance/PassRequestSchema";
export type { Pass } from "./issuance/PassSchema";
export * from "./issuance/PassRequestRefused";
export * from "./issuance/issuePass";

export type { PassRegister, RegisterEntry } from "./register/PassRegisterSchema";
export * from "./register/PassRegisterError";
export type * from "./register/RegisterChange";
export * from "./register/registerPass";
export * from "./register/renewPass";
export * from "./register/replaceLostPass";
export * from "./register/revokePass";
export * from "./register/suspendPass";
export * from "./register/reinstatePass";

export * from "./keys/PassKeyError";
export type * from "./keys/PassPublicJwk";

export type * from "./token/PassClaims";
export * from "./token/passClaimsOf";
export type * from "./token/RefusalReason";
export * from "./token/PassRefused";
export * from "./token/defaultClockSkewSeconds";
export * from "./token/maxClockSkewSeconds";

export type * from "./revocation/RevocationList";
export type * from "./revocation/RevocationEntries";
export * from "./revocation/RevocationListRejected";
export * from "./revocation/noRevocationList";
export * from "./revocation/revocationListOf";

export type { PassWorkload } from "./statistics/PassWorkloadSchema";
export type * from "./statistics/PlanningRatio";
export * from "./statistics/passWorkloadRatios";
export * from "./statistics/totalPassWorkload";
