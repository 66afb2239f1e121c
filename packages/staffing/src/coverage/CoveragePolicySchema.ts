import * as z from "zod";
import { isShiftLength, shiftLengthExpected } from "../internal/shiftLength";

/**
 * Schema of how a security service staffs a post held round the clock: the shift length
 * in hours (a divisor of 24: 8 or 12 in ¶38), the weekly hours of an officer's contract,
 * and the relief factor — the share of contract time an officer is away (leave, training,
 * sickness, mission assignments; our reading, not the report's: ¶37's 88 officers a month on
 * mission out of Table 1's 1 015 posts would be `"88/1015"` of it — the report computes no
 * relief factor) — as a fraction `"a/b"` or a decimal `"0.2"`, at least 0 and below 1.
 *
 * @example
 * ```ts
 * import { CoveragePolicySchema } from "@unsms/staffing/schema"
 * import { decode } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * const policy = decode(CoveragePolicySchema, { shiftHours: 8, weeklyContractHours: 40, reliefFactor: "0.2" })
 * console.log(Result.isSuccess(policy)) // true
 * const fiveHours = decode(CoveragePolicySchema, { shiftHours: 5, weeklyContractHours: 40, reliefFactor: "0.2" })
 * if (Result.isFailure(fiveHours)) console.log(fiveHours.failure.issues[0]?.expected) // "a divisor of 24 (1, 2, 3, 4, 6, 8, 12 or 24)"
 * ```
 *
 * @category coverage
 * @since 0.1.0
 */
export const CoveragePolicySchema = z.strictObject({
  shiftHours: z
    .number()
    .int()
    .min(1)
    .max(24)
    .refine(isShiftLength, { message: shiftLengthExpected, when: (payload) => payload.issues.length === 0 }),
  weeklyContractHours: z.number().int().min(1).max(168),
  reliefFactor: z
    .string()
    .regex(/^(?:(0|[1-9][0-9]{0,17})\/([1-9][0-9]{0,17})|(0|[1-9][0-9]{0,17})(?:\.[0-9]{1,18})?)$/, {
      message: 'a fraction "a/b" or a decimal like "0.2"',
    }),
});
