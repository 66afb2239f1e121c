/**
 * Grounds passes of the UN security management system (A/61/531 ¶38–39, Table 2): the pass
 * policy as data with a documented default, issuance that lists every unmet requirement,
 * the pass register (renewal, replacement of a lost pass, revocation, suspension), compact
 * Ed25519-signed pass tokens a checkpoint verifies offline, and the pass office workload.
 *
 * @packageDocumentation
 */
export { PassCategorySchema, type PassCategory } from "./policy/PassCategory";
export { ZoneSchema, type Zone } from "./policy/ZoneSchema";
export { RequirementSchema, type Requirement } from "./policy/RequirementSchema";
export { MaxValiditySchema, type MaxValidity } from "./policy/MaxValiditySchema";
export { CategoryRuleSchema, type CategoryRule } from "./policy/CategoryRuleSchema";
export { PassPolicySchema, type PassPolicy } from "./policy/PassPolicySchema";
export { defaultPassPolicy } from "./policy/defaultPassPolicy";

export { PassRequestSchema, type PassRequest } from "./issuance/PassRequestSchema";
export { PassSchema, type Pass } from "./issuance/PassSchema";
export { PassRequestRefused } from "./issuance/PassRequestRefused";
export { issuePass } from "./issuance/issuePass";

export { PassRegisterSchema, type PassRegister, type RegisterEntry } from "./register/PassRegisterSchema";
export { PassRegisterError } from "./register/PassRegisterError";
export type { RegisterChange } from "./register/RegisterChange";
export { registerPass } from "./register/registerPass";
export { renewPass } from "./register/renewPass";
export { replaceLostPass } from "./register/replaceLostPass";
export { revokePass } from "./register/revokePass";
export { suspendPass } from "./register/suspendPass";
export { reinstatePass } from "./register/reinstatePass";

export { PassKeyError } from "./keys/PassKeyError";
export type { PassSigningKey } from "./keys/PassSigningKey";
export type { PassVerifyingKey } from "./keys/PassVerifyingKey";
export { makeSigningKey } from "./keys/makeSigningKey";
export { makeVerifyingKey } from "./keys/makeVerifyingKey";
export { signingKeyFromPem } from "./keys/signingKeyFromPem";
export { verifyingKeyFromPem } from "./keys/verifyingKeyFromPem";

export type { PassClaims } from "./token/PassClaims";
export { passClaimsOf } from "./token/passClaimsOf";
export type { RefusalReason } from "./token/RefusalReason";
export { PassRefused } from "./token/PassRefused";
export type { Checkpoint } from "./token/Checkpoint";
export { defaultClockSkewSeconds } from "./token/defaultClockSkewSeconds";
export { signPassToken } from "./token/signPassToken";
export { verifyPassToken } from "./token/verifyPassToken";

export type { RevocationList } from "./revocation/RevocationList";
export type { RevocationEntries } from "./revocation/RevocationEntries";
export { RevocationListRejected } from "./revocation/RevocationListRejected";
export { noRevocationList } from "./revocation/noRevocationList";
export { revocationListOf } from "./revocation/revocationListOf";
export { signRevocationList } from "./revocation/signRevocationList";
export { openRevocationList } from "./revocation/openRevocationList";

export { PassSigner } from "./services/PassSigner";
export { PassTrustStore } from "./services/PassTrustStore";
export { PassRevocations } from "./services/PassRevocations";
export { nodePassSigner } from "./services/nodePassSigner";
export { nodePassTrustStore } from "./services/nodePassTrustStore";
export { webPassSigner } from "./services/webPassSigner";
export { webPassTrustStore } from "./services/webPassTrustStore";
export { staticPassRevocations } from "./services/staticPassRevocations";
export { signPass } from "./services/signPass";
export { checkPass } from "./services/checkPass";

export { PassWorkloadSchema, type PassWorkload } from "./statistics/PassWorkloadSchema";
export type { PassWorkloadRatios, PlanningRatio } from "./statistics/PlanningRatio";
export { passWorkloadRatios } from "./statistics/passWorkloadRatios";
export { totalPassWorkload } from "./statistics/totalPassWorkload";
