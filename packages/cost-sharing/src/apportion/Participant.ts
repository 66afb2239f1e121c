/**
 * A participating organization of the cost-sharing arrangement (resolution 56/255,
 * A/61/531 ¶52): its id and its headcount, the number of its staff by which field-related
 * costs are shared.
 *
 * The id is a plain string here: the pure functions only compare ids, so a literal such
 * as `{ id: "UNDP", headcount: 1234 }` is accepted as is. The brand lives at the boundary:
 * `ParticipantSchema` (from `@unsms/cost-sharing/schema`) decodes JSON into participants
 * whose id is an `OrganizationId`, and those are participants too (a type test keeps the
 * two in step: same keys, same headcount type, the decoded value assignable here).
 *
 * @example
 * ```ts
 * import type { Participant } from "@unsms/cost-sharing"
 *
 * const undp: Participant = { id: "UNDP", headcount: 1234 }
 * console.log(undp.headcount)
 * ```
 *
 * @category apportionment
 * @since 0.1.0
 */
export interface Participant {
  /** The organization's id; ties between equal remainders go to the id that sorts first. */
  readonly id: string;
  /** Its number of staff: a whole number, zero or more. */
  readonly headcount: number;
}
