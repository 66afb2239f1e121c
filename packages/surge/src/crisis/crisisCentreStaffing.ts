import { unreadable } from "../internal/unreadable";
import { makeIssue, catchUnreadable } from "@unsms/core";
import { weeklyOvertime, type InvalidCoveragePolicy, type Overtime } from "@unsms/staffing";
import * as Result from "effect/Result";
import { InvalidSurgeInput } from "../errors/InvalidSurgeInput";
import type { CrisisCentre } from "./CrisisCentre";

/**
 * The round-the-clock staffing of the crisis coordination centre: the officers its
 * contributors put on the roster, added up, against what holding its desks 24/7 takes under
 * the policy — `@unsms/staffing`'s `weeklyOvertime` (and through it `officersNeeded`), so
 * the centre is counted exactly as any other 24/7 post: officers needed, officers short,
 * overtime a week.
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
 * ```
 *
 * @category crisis centre
 * @since 0.2.0
 */
export const crisisCentreStaffing = /* @__PURE__ */ catchUnreadable(
  (
    centre: CrisisCentre,
  ): Result.Result<
    { readonly officers: number; readonly coverage: Overtime },
    InvalidCoveragePolicy | InvalidSurgeInput
  > => {
    if (typeof centre?.policy !== "object" || centre.policy === null) {
      const received = centre?.policy === null ? "null" : typeof centre?.policy;
      return Result.fail(new InvalidSurgeInput(makeIssue("$.policy", "a coverage policy", received)));
    }
    const contributors: ReadonlyArray<unknown> = Array.isArray(centre?.contributors) ? centre.contributors : [];
    let officers = 0;
    for (const [index, contributor] of contributors.entries()) {
      const count = (contributor as { officers?: unknown } | null)?.officers;
      if (typeof count !== "number" || !Number.isSafeInteger(count) || count < 0) {
        const path = `$.contributors[${index}].officers`;
        const received = typeof count === "number" ? String(count) : typeof count;
        return Result.fail(new InvalidSurgeInput(makeIssue(path, "a whole number >= 0", received)));
      }
      officers += count;
    }
    return Result.map(weeklyOvertime(centre.policy, centre.positions, officers), (coverage) => ({
      officers,
      coverage,
    }));
  },
  unreadable,
);
