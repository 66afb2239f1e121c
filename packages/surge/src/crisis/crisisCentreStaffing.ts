import { unreadable } from "../internal/unreadable";
import { catchUnreadable } from "@unsms/core";
import { weeklyOvertime, type InvalidCoveragePolicy, type Overtime } from "@unsms/staffing";
import * as Result from "effect/Result";
import type { InvalidSurgeInput } from "../errors/InvalidSurgeInput";
import { checkCentre } from "../internal/checkCentre";
import { underPolicy } from "../internal/underPolicy";
import type { CrisisCentre } from "./CrisisCentre";

/**
 * The round-the-clock staffing of the crisis coordination centre: the officers its
 * contributors put on the roster, added up, against what holding its desks 24/7 takes under
 * the policy — `@unsms/staffing`'s `weeklyOvertime` (and through it `officersNeeded`), so
 * the centre is counted exactly as any other 24/7 post: officers needed, officers short,
 * overtime a week.
 *
 * The centre is checked as `CrisisCentreSchema` checks it, the same limits: a centre whose
 * desks are not a whole number from 0 to 1 000 000, whose policy is not an object, whose
 * contributors are not an array (missing included) of at most 1 000, or one of whose
 * contributors puts other than a whole number from 0 to 1 000 000 officers on the roster is
 * an `InvalidSurgeInput` at that path (`$.contributors[i].officers`), never read as no
 * officers; contributors whose officers add up to more than `@unsms/staffing`'s
 * `MAX_COVERAGE_OFFICERS` (10 000 000) are an `InvalidSurgeInput` at `$.contributors`. A policy `@unsms/staffing` refuses is its `InvalidCoveragePolicy`, at the
 * field's path in the centre (`$.policy.shiftHours`).
 * A value that cannot be read (a revoked proxy, a throwing getter) is an `InvalidSurgeInput`; nothing is thrown.
 *
 * @example
 * ```ts
 * import { crisisCentreStaffing } from "@unsms/surge"
 * import * as Result from "effect/Result"
 *
 * // two desks, 8-hour shifts, 40-hour week, relief factor 1/5 (an illustration, not a report figure)
 * const staffing = Result.getOrThrow(crisisCentreStaffing({
 *   positions: 2,
 *   policy: { shiftHours: 8, weeklyContractHours: 40, reliefFactor: "1/5" },
 *   contributors: [{ organization: "DSS", officers: 4 }, { organization: "DPKO", officers: 3 }],
 * }))
 * console.log(staffing.officers, staffing.coverage.need.officersNeeded, staffing.coverage.officersShort) // 7 11 4
 * console.log(staffing.coverage.overtimeHoursPerWeek.exact) // "112"
 *
 * // a roster that is not a list is refused, never counted as no officers
 * const refused = crisisCentreStaffing({ positions: 2, policy: { shiftHours: 8, weeklyContractHours: 40, reliefFactor: "1/5" }, contributors: { DSS: 7 } as never })
 * if (Result.isFailure(refused)) console.log(refused.failure.path) // "$.contributors"
 * ```
 *
 * @function
 * @category crisis centre
 * @since 0.2.0
 */
export const crisisCentreStaffing = /* @__PURE__ */ catchUnreadable(
  (
    centre: CrisisCentre,
  ): Result.Result<
    { readonly officers: number; readonly coverage: Overtime },
    InvalidCoveragePolicy | InvalidSurgeInput
  > => Result.gen(() => staffingOf(centre)),
  unreadable,
);

/** The centre checked, then its desks' weekly overtime under its policy: the steps of {@link crisisCentreStaffing}. */
function* staffingOf(centre: CrisisCentre) {
  const { positions, policy, officers } = yield* checkCentre(centre);
  const coverage = yield* Result.mapError(weeklyOvertime(policy, positions, officers), underPolicy);
  return { officers, coverage };
}
