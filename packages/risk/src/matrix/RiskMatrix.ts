/**
 * A risk matrix as a value: the likelihood levels and the impact levels, each from the
 * lowest to the highest, the risk levels from the lowest to the highest, and the cells —
 * one row per likelihood level (lowest first), one column per impact level (lowest first),
 * each cell naming a risk level. {@link validateRiskMatrix} checks that it is complete
 * and monotone; sizes from 3×3 to 7×7 are accepted.
 *
 * @example
 * ```ts
 * import type { RiskMatrix } from "@unsms/risk"
 *
 * const small: RiskMatrix = {
 *   likelihood: ["Unlikely", "Possible", "Likely"],
 *   impact: ["Minor", "Moderate", "Severe"],
 *   levels: ["Low", "Medium", "High"],
 *   cells: [
 *     ["Low", "Low", "Medium"],
 *     ["Low", "Medium", "High"],
 *     ["Medium", "High", "High"],
 *   ],
 * }
 * console.log(small.cells[2]?.[2]) // "High"
 * ```
 *
 * @category risk matrix
 * @since 0.1.0
 */
export interface RiskMatrix {
  /** Likelihood levels, from the lowest to the highest. */
  readonly likelihood: ReadonlyArray<string>;
  /** Impact levels, from the lowest to the highest. */
  readonly impact: ReadonlyArray<string>;
  /** Risk levels, from the lowest to the highest. */
  readonly levels: ReadonlyArray<string>;
  /** `cells[l][i]`: the risk level of likelihood `l` and impact `i` (indices into the lists above). */
  readonly cells: ReadonlyArray<ReadonlyArray<string>>;
}
