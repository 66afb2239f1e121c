import type { RiskRating } from "../matrix/RiskRating";
import type { ValidRiskMatrix } from "../matrix/ValidRiskMatrix";

/**
 * The rating of the cell at likelihood index `l` and impact index `i` of a validated
 * matrix, whose cells all exist and name one of its levels — which is why there is no
 * failure to report. The rank is the level's position in `matrix.levels`: looked up in
 * `rankOf` (`indexOf(matrix.levels)`) when given — a caller rating many cells builds it once
 * so that each rating takes constant time — else found by one scan of the levels, which is
 * cheaper than building the map for a single rating. (A matrix cast to
 * {@link ValidRiskMatrix} without validation gets an empty level and rank -1 rather than an
 * exception.)
 *
 * @internal
 */
export const ratingAt = (
  matrix: ValidRiskMatrix,
  l: number,
  i: number,
  rankOf?: ReadonlyMap<string, number>,
): RiskRating => {
  const level = matrix.cells[l]?.[i] ?? "";
  return {
    likelihood: matrix.likelihood[l] ?? "",
    impact: matrix.impact[i] ?? "",
    level,
    rank: rankOf === undefined ? matrix.levels.indexOf(level) : (rankOf.get(level) ?? -1),
  };
};
