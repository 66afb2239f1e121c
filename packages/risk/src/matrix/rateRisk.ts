import * as Result from "effect/Result";
import { UnknownScaleValue } from "../errors/UnknownScaleValue";
import { oneOf } from "../internal/oneOf";
import type { RiskMatrix } from "./RiskMatrix";
import type { RiskRating } from "./RiskRating";

/**
 * The risk of a likelihood and an impact on a matrix (assumed valid: see
 * {@link validateRiskMatrix}). A likelihood or impact the matrix does not have is an
 * {@link UnknownScaleValue}.
 *
 * @example
 * ```ts
 * import { rateRisk, DEFAULT_RISK_MATRIX } from "@unsms/risk"
 * import * as Result from "effect/Result"
 *
 * const rating = Result.getOrThrow(rateRisk(DEFAULT_RISK_MATRIX, "Likely", "Severe"))
 * console.log(rating.level, rating.rank) // "Very high" 4
 * ```
 *
 * @category risk matrix
 * @since 0.1.0
 */
export const rateRisk = (matrix: RiskMatrix, likelihood: string, impact: string): Result.Result<RiskRating, UnknownScaleValue> => {
  const l = matrix.likelihood.indexOf(likelihood);
  if (l < 0) {
    return Result.fail(
      new UnknownScaleValue({
        message: `${JSON.stringify(likelihood)} is not a likelihood level of the matrix`,
        path: "$.likelihood",
        expected: oneOf(matrix.likelihood),
        received: JSON.stringify(likelihood),
      }),
    );
  }
  const i = matrix.impact.indexOf(impact);
  if (i < 0) {
    return Result.fail(
      new UnknownScaleValue({
        message: `${JSON.stringify(impact)} is not an impact level of the matrix`,
        path: "$.impact",
        expected: oneOf(matrix.impact),
        received: JSON.stringify(impact),
      }),
    );
  }
  const level = matrix.cells[l]?.[i];
  const rank = level === undefined ? -1 : matrix.levels.indexOf(level);
  if (level === undefined || rank < 0) {
    return Result.fail(
      new UnknownScaleValue({
        message: `the matrix has no risk level for ${JSON.stringify(likelihood)} × ${JSON.stringify(impact)}: validate it first`,
        path: `$.cells[${l}][${i}]`,
        expected: oneOf(matrix.levels),
        received: level === undefined ? "nothing (missing)" : JSON.stringify(level),
      }),
    );
  }
  return Result.succeed({ likelihood, impact, level, rank });
};
