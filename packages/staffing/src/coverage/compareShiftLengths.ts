import * as Result from "effect/Result";
import { makeIssue, readOrElse } from "@unsms/core";
import { InvalidCoveragePolicy } from "../errors/InvalidCoveragePolicy";
import { unreadablePolicy } from "../internal/checkPolicy";
import type { CoveragePolicy } from "./CoveragePolicy";
import { weeklyOvertime, type Overtime } from "./weeklyOvertime";

const isShiftList = (value: unknown): value is ReadonlyArray<number> => Array.isArray(value) && value.length <= 24;

/**
 * The ¶38 comparison: the same posts and roster under several shift lengths (by default
 * 12 hours, as before the new posts, and 8 hours, as after), each with the officers it
 * needs and the overtime the roster works. With whole shifts in the contract, 12-hour
 * shifts leave part of a 40-hour week unused (3 shifts, 36 hours), so they need more
 * officers for the same cover, or overtime.
 *
 * @example
 * ```ts
 * import { compareShiftLengths } from "@unsms/staffing"
 * import * as Result from "effect/Result"
 *
 * const rows = Result.getOrThrow(compareShiftLengths({ weeklyContractHours: 40, reliefFactor: "1/5" }, 10, 53))
 * for (const row of rows) console.log(row.need.shiftHours, row.need.officersNeeded, row.overtimeHoursPerWeek.exact)
 * // 12 59 "768/5"
 * // 8 53 "0"
 * ```
 *
 * @category coverage
 * @since 0.1.0
 */
export const compareShiftLengths = (
  policy: Omit<CoveragePolicy, "shiftHours">,
  positions: number,
  officers: number,
  shiftLengths: ReadonlyArray<number> = [12, 8],
): Result.Result<ReadonlyArray<Overtime>, InvalidCoveragePolicy> =>
  readOrElse(
    () =>
      Result.gen(function* () {
        if (!isShiftList(shiftLengths))
          return yield* Result.fail(
            new InvalidCoveragePolicy(
              makeIssue("$.shiftLengths", "an array of at most 24 shift lengths", typeof shiftLengths),
            ),
          );
        const rows: Array<Overtime> = [];
        for (const shiftHours of shiftLengths)
          rows.push(yield* weeklyOvertime({ ...policy, shiftHours }, positions, officers));
        return rows;
      }),
    unreadablePolicy,
  );
