import * as Result from "effect/Result";
import { describeValue, isListUpTo, makeIssue, readOrElse } from "@unsms/core";
import { InvalidCoveragePolicy } from "../errors/InvalidCoveragePolicy";
import { unreadablePolicy } from "../internal/checkPolicy";
import { isShiftLength, shiftLengthExpected } from "../internal/shiftLength";
import type { CoveragePolicy } from "./CoveragePolicy";
import { weeklyOvertime, type Overtime } from "./weeklyOvertime";

/**
 * The ¶38 comparison: the same posts and roster under several shift lengths (by default
 * 12 hours, as before the new posts, and 8 hours, as after), each with the officers it
 * needs and the overtime the roster works. With whole shifts in the contract, 12-hour
 * shifts leave part of a 40-hour week unused (3 shifts, 36 hours), so they need more
 * officers for the same cover, or overtime. A shift length that does not divide 24 is an
 * {@link InvalidCoveragePolicy} at its place in the list (`$.shiftLengths[1]`), the rule
 * `CoverageRequestSchema` applies too. The policy's fields are read once, for every row.
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
 *
 * const five = compareShiftLengths({ weeklyContractHours: 40, reliefFactor: "1/5" }, 10, 53, [12, 5])
 * if (Result.isFailure(five)) console.log(five.failure.message)
 * // "$.shiftLengths[1]: expected a divisor of 24 (1, 2, 3, 4, 6, 8, 12 or 24), received 5"
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
    () => Result.gen(() => overtimeByShiftLength(policy, positions, officers, shiftLengths)),
    unreadablePolicy,
  );

/** The overtime under each shift length, checked in turn: the steps of {@link compareShiftLengths}. */
function* overtimeByShiftLength(
  policy: Omit<CoveragePolicy, "shiftHours">,
  positions: number,
  officers: number,
  shiftLengths: ReadonlyArray<number>,
) {
  if (!isListUpTo(shiftLengths, 24))
    return yield* Result.fail(
      new InvalidCoveragePolicy(
        makeIssue("$.shiftLengths", "an array of at most 24 shift lengths", typeof shiftLengths),
      ),
    );
  // the policy's fields read once, so that every row is computed under the same policy
  const base = { ...policy };
  const rows: Array<Overtime> = [];
  for (const [index, shiftHours] of shiftLengths.entries()) {
    if (!isShiftLength(shiftHours))
      return yield* Result.fail(
        new InvalidCoveragePolicy(
          makeIssue(`$.shiftLengths[${index}]`, shiftLengthExpected, describeValue(shiftHours)),
        ),
      );
    rows.push(yield* weeklyOvertime({ ...base, shiftHours }, positions, officers));
  }
  return rows;
}
