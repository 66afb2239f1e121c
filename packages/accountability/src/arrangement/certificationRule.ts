import type { ArrangementRule } from "./ArrangementRule";

/**
 * The certification rule of an arrangement: a chief security adviser / security adviser
 * holds the security adviser certification, the three-week course every candidate attends
 * before signing the contract (A/61/531 ¶22 (ii)); `@unsms/training`'s `isCertified` judges
 * it. It is one of {@link arrangementRules}, and is judged only for an arrangement that
 * carries `training` records.
 *
 * @example
 * ```ts
 * import { certificationRule } from "@unsms/accountability"
 *
 * console.log(certificationRule.code, certificationRule.citation.location) // "chief-security-adviser-not-certified" "¶22"
 * ```
 *
 * @category arrangement
 * @since 0.2.0
 */
export const certificationRule: ArrangementRule = {
  code: "chief-security-adviser-not-certified",
  rule: "A Chief Security Adviser / Security Adviser has passed the three-week security certification course, which every candidate attends before signing the contract.",
  citation: {
    document: "A/61/531",
    location: "¶22",
    note: "(ii) of ¶22: the certification course, three weeks, before the contract is signed",
  },
};
