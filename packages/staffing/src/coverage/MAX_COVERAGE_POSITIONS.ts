/**
 * The most posts a coverage computation holds round the clock: 1 000 000, our choice.
 * `CoverageRequestSchema` refuses more `positions`, and so do {@link officersNeeded},
 * {@link weeklyOvertime} and {@link compareShiftLengths}, at `$.positions`. A caller that
 * adds posts up from several sources checks the sum against it.
 *
 * @example
 * ```ts
 * import { MAX_COVERAGE_POSITIONS, officersNeeded } from "@unsms/staffing"
 * import * as Result from "effect/Result"
 *
 * const policy = { shiftHours: 8, weeklyContractHours: 40, reliefFactor: "1/5" }
 * console.log(MAX_COVERAGE_POSITIONS) // 1000000
 * console.log(Result.isSuccess(officersNeeded(policy, MAX_COVERAGE_POSITIONS))) // true
 * const more = officersNeeded(policy, MAX_COVERAGE_POSITIONS + 1)
 * if (Result.isFailure(more)) console.log(more.failure.path) // "$.positions"
 * ```
 *
 * @category coverage
 * @since 0.2.0
 */
export const MAX_COVERAGE_POSITIONS = 1_000_000;
