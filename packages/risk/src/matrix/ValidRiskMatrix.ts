import type { RiskMatrix } from "./RiskMatrix";

declare const validRiskMatrix: unique symbol;

/**
 * A {@link RiskMatrix} that {@link validateRiskMatrix} has checked: 3 to 7 likelihood and
 * impact levels, no name twice, every cell one of the risk levels, monotone. Only
 * `validateRiskMatrix` (and `readRiskMatrix` of `@unsms/risk/schema`, which calls it) make
 * one, and {@link DEFAULT_RISK_MATRIX} is one; the functions that take it
 * ({@link rateRisk}, {@link mitigateRisk}, {@link assessAcceptability},
 * {@link scoreCompliance}) trust it and never check it again.
 *
 * @example
 * ```ts
 * import { validateRiskMatrix, rateRisk, type ValidRiskMatrix } from "@unsms/risk"
 * import * as Result from "effect/Result"
 *
 * const matrix: ValidRiskMatrix = Result.getOrThrow(
 *   validateRiskMatrix({
 *     likelihood: ["Unlikely", "Possible", "Likely"],
 *     impact: ["Minor", "Moderate", "Severe"],
 *     levels: ["Low", "Medium", "High"],
 *     cells: [
 *       ["Low", "Low", "Medium"],
 *       ["Low", "Medium", "High"],
 *       ["Medium", "High", "High"],
 *     ],
 *   }),
 * )
 * console.log(Result.getOrThrow(rateRisk(matrix, "Possible", "Severe")).level) // "High"
 * ```
 *
 * @category risk matrix
 * @since 0.2.0
 */
export type ValidRiskMatrix = RiskMatrix & { readonly [validRiskMatrix]: true };
