import * as Data from "effect/Data";

/**
 * A likelihood, impact or risk level that the matrix in use does not have.
 *
 * @example
 * ```ts
 * import { rateRisk, DEFAULT_RISK_MATRIX } from "@unsms/risk"
 * import * as Result from "effect/Result"
 *
 * const result = rateRisk(DEFAULT_RISK_MATRIX, "Almost certain", "Critical")
 * if (Result.isFailure(result)) console.log(result.failure.expected)
 * ```
 *
 * @category errors
 * @since 0.1.0
 */
export class UnknownScaleValue
  extends /* @__PURE__ */ Data.TaggedError("UnknownScaleValue")<{
    readonly message: string;
    readonly path: string;
    readonly expected: string;
    readonly received: string;
  }> {}
