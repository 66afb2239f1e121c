import type { Citation } from "@unsms/core";

/**
 * A rule of who may be appointed to a role: the courses the person must hold (valid) on
 * the day of appointment, with the rule's source. Policy data: an agency passes its own.
 *
 * @example
 * ```ts
 * import type { AppointmentRequirement } from "@unsms/training"
 *
 * const rule: AppointmentRequirement = {
 *   role: "security-adviser",
 *   courses: ["security-adviser-certification"],
 *   source: { document: "A/61/531", location: "¶22 (ii)" },
 * }
 * console.log(rule.courses) // ["security-adviser-certification"]
 * ```
 *
 * @category checks
 * @since 0.2.0
 */
export interface AppointmentRequirement {
  /** The role, by the id `@unsms/accountability` uses (e.g. `chief-security-adviser`). */
  readonly role: string;
  /** Ids of the courses the appointee must hold, valid, when appointed. */
  readonly courses: ReadonlyArray<string>;
  /** Where the rule comes from. */
  readonly source: Citation;
}
