import * as z from "zod";
import { DutyStationIdSchema } from "@unsms/core/schema";
import { presenceCategories } from "../record/presenceCategories";
import { MAX_DUTY_STATIONS } from "../internal/maxDutyStations";

/**
 * Schema of a counting rule in JSON: its `name`, its `basis` (a source with its year, or
 * "our assumption"), the `categories` that count, and the `dutyStations` where they count
 * (`null` or absent: every duty station in the records).
 *
 * @example
 * ```ts
 * import { CountingRuleSchema } from "@unsms/presence/schema"
 * import { decode } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * const rule = Result.getOrThrow(decode(CountingRuleSchema, { name: "staff and consultants", basis: "agency rule, 2026", categories: ["staff", "consultant"] }))
 * console.log(rule.dutyStations) // null
 * ```
 *
 * @category schemas
 * @since 0.2.0
 */
export const CountingRuleSchema = z.strictObject({
  name: z.string().min(1).max(200),
  basis: z.string().max(1000),
  categories: z.array(z.enum(presenceCategories)).min(1).max(presenceCategories.length),
  dutyStations: z.array(DutyStationIdSchema).max(MAX_DUTY_STATIONS).nullable().default(null),
});
