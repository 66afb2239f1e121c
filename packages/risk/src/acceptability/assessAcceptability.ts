import * as Result from "effect/Result";
import { UnknownScaleValue } from "../errors/UnknownScaleValue";
import { oneOf } from "../internal/oneOf";
import type { RiskMatrix } from "../matrix/RiskMatrix";
import type { Acceptability } from "./Acceptability";
import type { AcceptableRiskPolicy } from "./AcceptableRiskPolicy";
import type { ProgrammeCriticality } from "./ProgrammeCriticality";
import { DEFAULT_ACCEPTABLE_RISK_POLICY } from "./defaultAcceptableRiskPolicy";

/**
 * Whether an activity may go ahead at a residual risk level, given its programme
 * criticality (or none) and an agency's {@link AcceptableRiskPolicy} (default
 * {@link DEFAULT_ACCEPTABLE_RISK_POLICY}):
 *
 * - without a criticality, only below the policy's `criticalityRequiredFrom` level;
 * - with one, up to and including its ceiling.
 *
 * A level the matrix does not have (in the residual or in the policy) is an
 * {@link UnknownScaleValue}.
 *
 * @example
 * ```ts
 * import { assessAcceptability, DEFAULT_RISK_MATRIX } from "@unsms/risk"
 * import * as Result from "effect/Result"
 *
 * const pc3 = Result.getOrThrow(assessAcceptability(DEFAULT_RISK_MATRIX, "High", "PC3"))
 * console.log(pc3.acceptable, pc3.reasons[0]) // false "the residual risk High is above Medium, …"
 * const pc2 = Result.getOrThrow(assessAcceptability(DEFAULT_RISK_MATRIX, "High", "PC2"))
 * console.log(pc2.acceptable) // true
 * ```
 *
 * @category acceptability
 * @since 0.1.0
 */
export const assessAcceptability = (
  matrix: RiskMatrix,
  residual: string,
  criticality?: ProgrammeCriticality | null,
  policy: AcceptableRiskPolicy = DEFAULT_ACCEPTABLE_RISK_POLICY,
): Result.Result<Acceptability, UnknownScaleValue> => {
  const rankOf = (level: string, path: string): Result.Result<number, UnknownScaleValue> => {
    const rank = matrix.levels.indexOf(level);
    return rank >= 0
      ? Result.succeed(rank)
      : Result.fail(
          new UnknownScaleValue({
            message: `${JSON.stringify(level)} is not a risk level of the matrix`,
            path,
            expected: oneOf(matrix.levels),
            received: JSON.stringify(level),
          }),
        );
  };
  return Result.flatMap(rankOf(residual, "$.residual"), (rank) =>
    Result.flatMap(rankOf(policy.criticalityRequiredFrom, "$.policy.criticalityRequiredFrom"), (requiredFrom): Result.Result<Acceptability, UnknownScaleValue> => {
      if (criticality === undefined || criticality === null) {
        const acceptable = rank < requiredFrom;
        return Result.succeed({
          acceptable,
          residual,
          criticality: null,
          ceiling: null,
          reasons: [
            acceptable
              ? `the residual risk ${residual} is below ${policy.criticalityRequiredFrom}: no programme criticality is needed`
              : `the residual risk ${residual} is ${policy.criticalityRequiredFrom} or above: the activity needs a programme criticality assessment before it may go ahead`,
          ],
        });
      }
      const ceiling = policy.ceilings[criticality];
      return Result.map(rankOf(ceiling, `$.policy.ceilings.${criticality}`), (ceilingRank): Acceptability => {
        const acceptable = rank <= ceilingRank;
        return {
          acceptable,
          residual,
          criticality,
          ceiling,
          reasons: [
            acceptable
              ? `the residual risk ${residual} is within ${ceiling}, the highest acceptable for ${criticality}`
              : `the residual risk ${residual} is above ${ceiling}, the highest acceptable for ${criticality}: lower it with more measures, or avoid or transfer it`,
          ],
        };
      });
    }),
  );
};
