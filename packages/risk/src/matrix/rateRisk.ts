import { readOrElse } from "@unsms/core";
import * as Result from "effect/Result";
import type { InvalidRiskMatrix } from "../errors/InvalidRiskMatrix";
import { misshapenMatrix, unreadableMatrix } from "../internal/unreadableMatrix";
import type { UnknownScaleValue } from "../errors/UnknownScaleValue";
import { ratingAt } from "../internal/ratingAt";
import { unknownScaleValue } from "../internal/unknownScaleValue";
import type { RiskRating } from "./RiskRating";
import type { ValidRiskMatrix } from "./ValidRiskMatrix";

/**
 * The risk of a likelihood and an impact on a validated matrix
 * ({@link ValidRiskMatrix}: {@link DEFAULT_RISK_MATRIX}, or what {@link validateRiskMatrix}
 * returns). A likelihood or impact the matrix does not have is an {@link UnknownScaleValue}.
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
export const rateRisk = (
  matrix: ValidRiskMatrix,
  likelihood: string,
  impact: string,
): Result.Result<RiskRating, UnknownScaleValue | InvalidRiskMatrix> =>
  readOrElse(
    () => misshapenMatrix(matrix) ?? rate(matrix, likelihood, impact),
    () => Result.fail(unreadableMatrix("$.matrix")),
  );

const rate = (
  matrix: ValidRiskMatrix,
  likelihood: string,
  impact: string,
): Result.Result<RiskRating, UnknownScaleValue> => {
  const l = matrix.likelihood.indexOf(likelihood);
  if (l < 0) return Result.fail(unknownScaleValue("likelihood", matrix.likelihood, likelihood, "$.likelihood"));
  const i = matrix.impact.indexOf(impact);
  if (i < 0) return Result.fail(unknownScaleValue("impact", matrix.impact, impact, "$.impact"));
  return Result.succeed(ratingAt(matrix, l, i));
};
