import * as z from "zod";
import { OrganizationIdSchema } from "@unsms/core/schema";

/**
 * Schema of a participating organization as it travels in JSON: its id and its headcount,
 * a whole number of staff, zero or more (`{"id": "UNDP", "headcount": 1234}`).
 *
 * @example
 * ```ts
 * import { ParticipantSchema } from "@unsms/cost-sharing"
 * import { decode } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * console.log(Result.isSuccess(decode(ParticipantSchema, { id: "UNDP", headcount: 1234 }))) // true
 * console.log(Result.isFailure(decode(ParticipantSchema, { id: "UNDP", headcount: 1.5 }))) // true
 * ```
 *
 * @category apportionment
 * @since 0.1.0
 */
export const ParticipantSchema = z.strictObject({
  id: OrganizationIdSchema,
  headcount: z.number().int().min(0),
});

/**
 * A participating organization of the cost-sharing arrangement (resolution 56/255,
 * A/61/531 ¶52): its id and its headcount, the number of its staff by which field-related
 * costs are shared.
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
