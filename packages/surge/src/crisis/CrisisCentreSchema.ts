import { MAX_COVERAGE_OFFICERS } from "@unsms/staffing";
import { CoveragePolicySchema } from "@unsms/staffing/schema";
import * as z from "zod";
import { MAX_CONTRIBUTORS, MAX_CONTRIBUTOR_OFFICERS, MAX_POSITIONS } from "../internal/limits";

/**
 * Schema of a `CrisisCentre` as JSON; the policy is `@unsms/staffing`'s
 * `CoveragePolicySchema`. At most 1 000 000 desks and 1 000 contributors of at most
 * 1 000 000 officers each, 10 000 000 in all (`@unsms/staffing`'s `MAX_COVERAGE_OFFICERS`,
 * refused at `$.contributors`), the limits `crisisCentreStaffing` checks itself.
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
    .max(MAX_CONTRIBUTORS)
    .refine((contributors) => contributors.reduce((sum, { officers }) => sum + officers, 0) <= MAX_COVERAGE_OFFICERS, {
      message: `contributors whose officers add up to at most ${MAX_COVERAGE_OFFICERS}`,
      when: (payload) => payload.issues.length === 0,
    }),
});
