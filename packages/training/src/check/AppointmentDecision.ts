import type { Citation } from "@unsms/core";
import type { CourseStanding } from "./CourseStanding";

/**
 * The answer of {@link mayAppoint}: whether the person may be appointed, and every
 * required course the person does not hold (valid) at the instant, with the rule's source.
 *
 * @example
 * ```ts
 * import { mayAppoint } from "@unsms/training"
 * import * as Result from "effect/Result"
 *
 * const decision = Result.getOrThrow(mayAppoint("chief-security-adviser", { person: "lea", completed: [] }, new Date("2006-07-01T00:00:00Z")))
 * console.log(decision.allowed, decision.missing.map((m) => m.status)) // false ["not-completed"]
 * ```
 *
 * @category checks
 * @since 0.2.0
 */
export interface AppointmentDecision {
  /** The role asked about. */
  readonly role: string;
  /** The person's id. */
  readonly person: string;
  /** Whether every required course is held. */
  readonly allowed: boolean;
  /** The required courses not held, each with its status and the rule's source. */
  readonly missing: ReadonlyArray<CourseStanding & { readonly source: Citation }>;
}
