/**
 * Every stable code {@link checkArrangement} can report, in the order reports list them.
 *
 * @example
 * ```ts
 * import { violationCodes } from "@unsms/accountability"
 *
 * console.log(violationCodes.includes("no-designated-official")) // true
 * ```
 *
 * @category arrangement
 * @since 0.1.0
 */
export const violationCodes = [
  "no-designated-official",
  "several-designated-officials",
  "mission-head-not-designated-official",
  "smt-not-chaired-by-designated-official",
  "smt-missing-organization-head",
  "smt-missing-chief-security-adviser",
  "smt-missing-focal-point",
  "no-chief-security-adviser-or-focal-point",
  "focal-point-where-chief-security-adviser-exists",
  "focal-point-not-international",
  "focal-point-not-appointed-in-writing-by-designated-official",
  "area-security-coordinator-not-appointed-in-writing-by-designated-official",
  "warden-not-appointed-in-writing-by-designated-official",
  "acting-chief-security-adviser-not-confirmed-in-writing-by-designated-official",
  "acting-chief-security-adviser-without-terms-of-reference",
  "acting-chief-security-adviser-where-chief-security-adviser-exists",
  "accountable-to-wrong-person",
  "chief-security-adviser-not-certified",
] as const;

/**
 * The stable code of a rule of a duty station's arrangement (see {@link violationCodes}).
 *
 * @example
 * ```ts
 * import type { ViolationCode } from "@unsms/accountability"
 *
 * const code: ViolationCode = "smt-missing-organization-head"
 * console.log(code)
 * ```
 *
 * @category arrangement
 * @since 0.1.0
 */
export type ViolationCode = (typeof violationCodes)[number];
