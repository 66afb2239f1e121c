import * as Data from "effect/Data";

/**
 * A coverage calculation cannot be made: the shift length does not divide 24, the contract
 * is shorter than a shift, the relief factor is not below 1, or a count is negative.
 *
 * @example
 * ```ts
 * import { officersNeeded } from "@unsms/staffing"
 * import * as Result from "effect/Result"
 *
 * const result = officersNeeded({ shiftHours: 7, weeklyContractHours: 40, reliefFactor: "0" }, 1)
 * if (Result.isFailure(result)) console.log(result.failure.path) // "$.shiftHours"
 * ```
 *
 * @category errors
 * @since 0.1.0
 */
export class InvalidCoveragePolicy
  extends /* @__PURE__ */ Data.TaggedError("InvalidCoveragePolicy")<{
    readonly message: string;
    readonly path: string;
    readonly expected: string;
    readonly received: string;
  }> {}
