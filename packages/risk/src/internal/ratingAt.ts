import type { RiskRating } from "../matrix/RiskRating";
import type { ValidRiskMatrix } from "../matrix/ValidRiskMatrix";

/**
 * The rating of the cell at likelihood index `l` and impact index `i` of a validated
 * matrix, whose cells all exist and name one of its levels — which is why there is no
 * failure to report. `rankOf` is the matrix's levels by position (`indexOf(matrix.levels)`),
 * built once by the caller so that a rating takes constant time whatever the number of
 * levels. (A matrix cast to {@link ValidRiskMatrix} without validation gets an empty level
 * and rank -1 rather than an exception.)
 *
 * @internal
 */
export const ratingAt = (
  matrix: ValidRiskMatrix,
  rankOf: ReadonlyMap<string, number>,
  l: number,
  i: number,
): RiskRating => {
  const level = matrix.cells[l]?.[i] ?? "";
  return {
    likelihood: matrix.likelihood[l] ?? "",
    impact: matrix.impact[i] ?? "",
    level,
    rank: rankOf.get(level) ?? -1,
  };
};
