import * as z from "zod";
import { OrganizationIdSchema } from "@unsms/core/schema";

/**
 * Schema of a participating organization as it travels in JSON: its id and its headcount,
 * a whole number of staff, zero or more (`{"id": "UNDP", "headcount": 1234}`). The one
 * definition of a participant: the decoded value brands the id (`OrganizationId`) and is
 * a `Participant`, the unbranded type the pure functions take.
 *
 * @example
 * ```ts
 * import { ParticipantSchema } from "@unsms/cost-sharing/schema"
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
