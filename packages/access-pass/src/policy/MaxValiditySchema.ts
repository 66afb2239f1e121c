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
 * The longest validity of a category: what {@link MaxValiditySchema} decodes, variant for
 * variant (a type test ties the two), told apart by its `unit`.
 *
 * @example
 * ```ts
 * import type { MaxValidity } from "@unsms/access-pass"
 *
 * const temporary: MaxValidity = { unit: "months", amount: 3 }
 * const inWords = (validity: MaxValidity) =>
 *   validity.unit === "calendar-year" ? "to 31 December" : `${validity.amount} ${validity.unit}`
 * console.log(inWords(temporary), inWords({ unit: "calendar-year" })) // "3 months" "to 31 December"
 * ```
 *
 * @category policy
 * @since 0.1.0
 */
export type MaxValidity =
  | {
      readonly unit: "days";
      /** How many days, 1 to 3 660. */
      readonly amount: number;
    }
  | {
      readonly unit: "months";
      /** How many calendar months, 1 to 120. */
      readonly amount: number;
    }
  | { readonly unit: "calendar-year" };
