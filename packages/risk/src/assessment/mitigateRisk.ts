import { readOrElse } from "@unsms/core";
import * as Result from "effect/Result";
import { InvalidMitigation } from "../errors/InvalidMitigation";
import type { InvalidRiskMatrix } from "../errors/InvalidRiskMatrix";
import type { UnknownScaleValue } from "../errors/UnknownScaleValue";
import { listProblem } from "../internal/listProblem";
import { unreadableMatrix } from "../internal/unreadableMatrix";
import { ratingAt } from "../internal/ratingAt";
import { reductionIssue } from "../internal/reductionIssue";
import type { RiskRating } from "../matrix/RiskRating";
import { rateRisk } from "../matrix/rateRisk";
import type { ValidRiskMatrix } from "../matrix/ValidRiskMatrix";
import type { MitigationMeasure } from "./MitigationMeasure";

/** The levels the measures remove from each scale together, or the first bad reduction. */
const totalReduction = (
  measures: ReadonlyArray<MitigationMeasure>,
): Result.Result<{ likelihood: number; impact: number }, InvalidMitigation> => {
  const problem = listProblem(measures, "$.measures");
  if (problem !== undefined) return Result.fail(new InvalidMitigation(problem));
  const total = { likelihood: 0, impact: 0 };
  for (const [index, measure] of measures.entries()) {
    const issue = reductionIssue(measure, `$.measures[${index}]`);
    if (issue !== undefined) return Result.fail(new InvalidMitigation(issue));
    total.likelihood += measure.reduces.likelihood;
    total.impact += measure.reduces.impact;
  }
  return Result.succeed(total);
};

/**
 * The residual risk of a likelihood and an impact on a validated matrix once measures are applied: each
 * measure lowers the likelihood and the impact by its documented number of levels; the
 * reductions add up and stop at the lowest level of each scale. On a valid (monotone)
 * matrix the result is never above the unmitigated risk. A reduction that is negative or
 * not whole is an {@link InvalidMitigation}; an unknown likelihood or impact an
 * {@link UnknownScaleValue}.
 *
 * @example
 * ```ts
 * import { mitigateRisk, DEFAULT_RISK_MATRIX } from "@unsms/risk"
 * import * as Result from "effect/Result"
 *
 * const residual = Result.getOrThrow(
 *   mitigateRisk(DEFAULT_RISK_MATRIX, "Likely", "Severe", [
 *     { id: "guards", description: "guard force", reduces: { likelihood: 1, impact: 0 }, basis: "deterrence" },
 *     { id: "film", description: "anti-shatter film", reduces: { likelihood: 0, impact: 1 }, basis: "less glass injury" },
 *   ]),
 * )
 * console.log(residual.likelihood, residual.impact, residual.level) // "Moderately likely" "Moderate" "Medium"
 * ```
 *
 * @category assessment
 * @since 0.1.0
 */
export const mitigateRisk = (
  matrix: ValidRiskMatrix,
  likelihood: string,
  impact: string,
  measures: ReadonlyArray<MitigationMeasure>,
): Result.Result<RiskRating, InvalidMitigation | UnknownScaleValue | InvalidRiskMatrix> =>
  readOrElse(
    () => Result.gen(() => residualRating(matrix, likelihood, impact, measures)),
    () => Result.fail(unreadableMatrix("$.matrix")),
  );

/** The measures' reductions applied to the inherent rating: the steps of {@link mitigateRisk}. */
function* residualRating(
  matrix: ValidRiskMatrix,
  likelihood: string,
  impact: string,
  measures: ReadonlyArray<MitigationMeasure>,
) {
  const steps = yield* totalReduction(measures);
  const inherent = yield* rateRisk(matrix, likelihood, impact);
  const l = Math.max(0, matrix.likelihood.indexOf(inherent.likelihood) - steps.likelihood);
  const i = Math.max(0, matrix.impact.indexOf(inherent.impact) - steps.impact);
  return ratingAt(matrix, l, i);
}
