import { CoveragePolicySchema } from "@unsms/staffing/schema";
import * as z from "zod";
import { MAX_CONTRIBUTORS, MAX_CONTRIBUTOR_OFFICERS, MAX_POSITIONS } from "../internal/limits";

/**
 * Schema of a `CrisisCentre` as JSON; the policy is `@unsms/staffing`'s
 * `CoveragePolicySchema`. At most 1 000 000 desks and 1 000 contributors of at most
 * 1 000 000 officers each, the limits `crisisCentreStaffing` checks itself.
 *
 * @example
 * ```ts
 * import { CrisisCentreSchema } from "@unsms/surge/schema"
 * import { decode } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * const centre = decode(CrisisCentreSchema, {
 *   positions: 2, policy: { shiftHours: 8, weeklyContractHours: 40, reliefFactor: "1/5" },
 *   contributors: [{ organization: "DSS", officers: 4 }],
 * })
 * console.log(Result.isSuccess(centre)) // true
 * ```
 *
 * @category schemas
 * @since 0.2.0
 */
export const CrisisCentreSchema = z.strictObject({
  positions: z.number().int().min(0).max(MAX_POSITIONS),
  policy: CoveragePolicySchema,
  contributors: z
    .array(
      z.strictObject({
        organization: z.string().min(1).max(128),
        officers: z.number().int().min(0).max(MAX_CONTRIBUTOR_OFFICERS),
      }),
    )
    .max(MAX_CONTRIBUTORS),
});
