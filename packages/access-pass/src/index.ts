/**
 * Grounds passes of the UN security management system (A/61/531 ¶38–39, Table 2): the pass
 * policy as data with a documented default, issuance that lists every unmet requirement,
 * the pass register (renewal, replacement of a lost pass, revocation, suspension), pass
 * tokens as standard JWS (EdDSA / Ed25519) a checkpoint verifies offline, and the pass
 * office workload.
 *
 * This entry is portable: no Node built-in, no zod — it runs in Node, browsers and workers.
 * The zod schemas are `@unsms/access-pass/schema`; signing and verifying with node:crypto
 * keys is `@unsms/access-pass/node`, with WebCrypto keys `@unsms/access-pass/web`; the
 * effect services (`signPass`, `checkPass` and their context tags) are
 * `@unsms/access-pass/services`, so that this entry loads no effect runtime.
 *
 * @packageDocumentation
 */
export { passCategories } from "./policy/passCategories";
export type { PassCategory } from "./policy/PassCategory";
export type { Zone } from "./policy/ZoneSchema";
export type { Requirement } from "./policy/RequirementSchema";
export type { MaxValidity } from "./policy/MaxValiditySchema";
export type { CategoryRule } from "./policy/CategoryRuleSchema";
export type { PassPolicy } from "./policy/PassPolicySchema";
export { defaultPassPolicy } from "./policy/defaultPassPolicy";

export type { PassRequest } from "./issuance/PassRequestSchema";
export type { Pass } from "./issuance/PassSchema";
export { PassRequestRefused } from "./issuance/PassRequestRefused";
export { issuePass } from "./issuance/issuePass";

export type { PassRegister, RegisterEntry } from "./register/PassRegisterSchema";
export { PassRegisterError } from "./register/PassRegisterError";
export type { RegisterChange } from "./register/RegisterChange";
export { registerPass } from "./register/registerPass";
export { renewPass } from "./register/renewPass";
export { replaceLostPass } from "./register/replaceLostPass";
export { revokePass } from "./register/revokePass";
export { suspendPass } from "./register/suspendPass";
export { reinstatePass } from "./register/reinstatePass";

export { PassKeyError } from "./keys/PassKeyError";
export type { PassJwks, PassPublicJwk } from "./keys/PassPublicJwk";

export type { PassClaims } from "./token/PassClaims";
export { passClaimsOf } from "./token/passClaimsOf";
export type { RefusalReason } from "./token/RefusalReason";
export { PassRefused } from "./token/PassRefused";
export { defaultClockSkewSeconds } from "./token/defaultClockSkewSeconds";

export type { RevocationList } from "./revocation/RevocationList";
export type { RevocationEntries } from "./revocation/RevocationEntries";
export { RevocationListRejected } from "./revocation/RevocationListRejected";
export { noRevocationList } from "./revocation/noRevocationList";
export { revocationListOf } from "./revocation/revocationListOf";

export type { PassWorkload } from "./statistics/PassWorkloadSchema";
export type { PassWorkloadRatios, PlanningRatio } from "./statistics/PlanningRatio";
export { passWorkloadRatios } from "./statistics/passWorkloadRatios";
export { totalPassWorkload } from "./statistics/totalPassWorkload";
