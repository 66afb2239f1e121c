/**
 * The boundary of `@unsms/access-pass`: the zod schemas of every input (pass requests,
 * policies, registers, workload rows), the one definition of each input type. Decode
 * unknown input once with core's `decode` (`@unsms/core/schema`) and hand the typed values
 * to the pure functions of `@unsms/access-pass`, which never load zod.
 *
 * @packageDocumentation
 */
export { PassCategorySchema } from "./policy/PassCategory";
export { ZoneSchema } from "./policy/ZoneSchema";
export { RequirementSchema } from "./policy/RequirementSchema";
export { MaxValiditySchema } from "./policy/MaxValiditySchema";
export { CategoryRuleSchema } from "./policy/CategoryRuleSchema";
export { PassPolicySchema } from "./policy/PassPolicySchema";
export { HolderRoleSchema } from "./issuance/HolderRoleSchema";
export { PassRequestSchema } from "./issuance/PassRequestSchema";
export { PassSchema } from "./issuance/PassSchema";
export { PassRegisterSchema } from "./register/PassRegisterSchema";
export { PassWorkloadSchema } from "./statistics/PassWorkloadSchema";
