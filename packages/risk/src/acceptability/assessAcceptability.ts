import { readOrElse } from "@unsms/core";
import * as Result from "effect/Result";
import type { InvalidRiskMatrix } from "../errors/InvalidRiskMatrix";
import { misshapenMatrix, unreadableMatrix } from "../internal/unreadableMatrix";
import type { UnknownScaleValue } from "../errors/UnknownScaleValue";
import { judgeAcceptability } from "../internal/judgeAcceptability";
import { unknownScaleValue } from "../internal/unknownScaleValue";
import type { ValidRiskMatrix } from "../matrix/ValidRiskMatrix";
import type { Acceptability } from "./Acceptability";
import type { AcceptableRiskPolicy } from "./AcceptableRiskPolicy";
import { PROGRAMME_CRITICALITIES, type ProgrammeCriticality } from "./ProgrammeCriticality";
import { DEFAULT_ACCEPTABLE_RISK_POLICY } from "./defaultAcceptableRiskPolicy";

/**
 * Whether an activity may go ahead at a residual risk level, given its programme
 * criticality (or none) and an agency's {@link AcceptableRiskPolicy} (default
 * {@link DEFAULT_ACCEPTABLE_RISK_POLICY}):
 *
 * - without a criticality, only below the policy's `criticalityRequiredFrom` level;
 * - with one, up to and including its ceiling.
 *
 * The matrix is a {@link ValidRiskMatrix}. A level the matrix does not have (in the
 * residual or in the policy), or a criticality that is not one of
 * {@link PROGRAMME_CRITICALITIES}, is an {@link UnknownScaleValue}.
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
  matrix: ValidRiskMatrix,
  residual: string,
  criticality?: ProgrammeCriticality | null,
  policy: AcceptableRiskPolicy = DEFAULT_ACCEPTABLE_RISK_POLICY,
): Result.Result<Acceptability, UnknownScaleValue | InvalidRiskMatrix> =>
  readOrElse(
    () => misshapenMatrix(matrix) ?? Result.gen(() => acceptabilityOf(matrix, residual, criticality, policy)),
    () => Result.fail(unreadableMatrix("$.matrix")),
  );

/** The residual's rank against the policy's threshold and the criticality's ceiling: the steps of {@link assessAcceptability}. */
function* acceptabilityOf(
  matrix: ValidRiskMatrix,
  residual: string,
  criticality: ProgrammeCriticality | null | undefined,
  policy: AcceptableRiskPolicy,
) {
  const rankOf = (level: string, path: string): Result.Result<number, UnknownScaleValue> => {
    const rank = matrix.levels.indexOf(level);
    return rank >= 0 ? Result.succeed(rank) : Result.fail(unknownScaleValue("levels", matrix.levels, level, path));
  };
  const rank = yield* rankOf(residual, "$.residual");
  const requiredFrom = yield* rankOf(policy.criticalityRequiredFrom, "$.policy.criticalityRequiredFrom");
  if (criticality === undefined || criticality === null)
    return judgeAcceptability({ level: residual, rank }, requiredFrom, null, policy);
  if (!PROGRAMME_CRITICALITIES.includes(criticality)) {
    return yield* Result.fail(
      unknownScaleValue("criticality", PROGRAMME_CRITICALITIES, String(criticality), "$.criticality"),
    );
  }
  const ceiling = policy.ceilings[criticality];
  const ceilingRank = yield* rankOf(ceiling, `$.policy.ceilings.${criticality}`);
  return judgeAcceptability(
    { level: residual, rank },
    requiredFrom,
    { value: criticality, ceiling, ceilingRank },
    policy,
  );
}
