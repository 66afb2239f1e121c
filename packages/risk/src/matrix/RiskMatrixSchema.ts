import * as z from "zod";
import { maxRiskLevels } from "../internal/maxRiskLevels";

/**
 * The shape of a {@link @unsms/risk!index.RiskMatrix | RiskMatrix} at the boundary (lists of non-empty strings, at
 * most 1 000 risk levels: the limit {@link @unsms/risk!index.validateRiskMatrix | validateRiskMatrix} keeps too). Whether
 * the matrix is complete and monotone is {@link @unsms/risk!index.validateRiskMatrix | validateRiskMatrix}'s job, which lists
 * every problem.
 *
 * @example
 * ```ts
 * import { RiskMatrixSchema } from "@unsms/risk/schema"
 * import { DEFAULT_RISK_MATRIX } from "@unsms/risk"
 *
 * console.log(RiskMatrixSchema.safeParse(DEFAULT_RISK_MATRIX).success) // true
 * ```
 *
 * @category risk matrix
 * @since 0.1.0
 */
export const RiskMatrixSchema = z.strictObject({
  likelihood: z.array(z.string().min(1)).describe("likelihood levels, lowest to highest"),
  impact: z.array(z.string().min(1)).describe("impact levels, lowest to highest"),
  levels: z.array(z.string().min(1)).max(maxRiskLevels).describe("risk levels, lowest to highest (at most 1 000)"),
  cells: z
    .array(z.array(z.string()))
    .describe("one row per likelihood level (lowest first), one column per impact level (lowest first)"),
});
