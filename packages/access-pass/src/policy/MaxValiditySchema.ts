import * as z from "zod";

/**
 * Schema of the longest a pass of a category may be valid, counted from the start of its
 * validity, in UTC:
 * - `{ unit: "days", amount }` / `{ unit: "months", amount }`: that many days or calendar
 *   months later (a month from 31 January ends on the last day of February);
 * - `{ unit: "calendar-year" }`: to the end of 31 December of the year it starts in (NGO
 *   annual passes).
 *
 * @example
 * ```ts
 * import { decode } from "@unsms/core/schema"
 * import { MaxValiditySchema } from "@unsms/access-pass/schema"
 * import * as Result from "effect/Result"
 *
 * console.log(Result.getOrThrow(decode(MaxValiditySchema, { unit: "months", amount: 3 })))
 * ```
 *
 * @category policy
 * @since 0.1.0
 */
export const MaxValiditySchema = z.discriminatedUnion("unit", [
  z.strictObject({ unit: z.literal("days"), amount: z.number().int().min(1).max(3660) }),
  z.strictObject({ unit: z.literal("months"), amount: z.number().int().min(1).max(120) }),
  z.strictObject({ unit: z.literal("calendar-year") }),
]);

/**
 * The longest validity of a category (see {@link MaxValiditySchema}).
 *
 * @example
 * ```ts
 * import type { MaxValidity } from "@unsms/access-pass"
 *
 * const temporary: MaxValidity = { unit: "months", amount: 3 }
 * console.log(temporary.unit)
 * ```
 *
 * @category policy
 * @since 0.1.0
 */
export type MaxValidity = z.infer<typeof MaxValiditySchema>;
