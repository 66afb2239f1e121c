/**
 * A likelihood and an impact placed on a matrix: the level of the cell and its rank
 * (0 for the matrix's lowest risk level). Ranks compare risks on the same matrix.
 *
 * @example
 * ```ts
 * import type { RiskRating } from "@unsms/risk"
 *
 * const rating: RiskRating = { likelihood: "Likely", impact: "Severe", level: "Very high", rank: 4 }
 * console.log(rating.level)
 * ```
 *
 * @category risk matrix
 * @since 0.1.0
 */
export interface RiskRating {
  /** The likelihood level. */
  readonly likelihood: string;
  /** The impact level. */
  readonly impact: string;
  /** The risk level of the cell. */
  readonly level: string;
  /** The index of `level` in the matrix's risk levels (0 is the lowest). */
  readonly rank: number;
}
