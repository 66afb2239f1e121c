/**
 * The most officers on the roster of a coverage computation: 10 000 000, our choice.
 * `CoverageRequestSchema` refuses more `officers`, and so do {@link weeklyOvertime} and
 * {@link compareShiftLengths}, at `$.officers`. A caller that adds officers up from several
 * sources (the contributors to `@unsms/surge`'s crisis centre) checks the sum against it.
 *
 * @example
 * ```ts
 * import { MAX_COVERAGE_OFFICERS, weeklyOvertime } from "@unsms/staffing"
 * import * as Result from "effect/Result"
 *
 * const policy = { shiftHours: 8, weeklyContractHours: 40, reliefFactor: "1/5" }
 * console.log(MAX_COVERAGE_OFFICERS) // 10000000
 * console.log(Result.isSuccess(weeklyOvertime(policy, 2, MAX_COVERAGE_OFFICERS))) // true
 * const more = weeklyOvertime(policy, 2, MAX_COVERAGE_OFFICERS + 1)
 * if (Result.isFailure(more)) console.log(more.failure.path) // "$.officers"
 * ```
 *
 * @category coverage
 * @since 0.2.0
 */
export const MAX_COVERAGE_OFFICERS = 10_000_000;
