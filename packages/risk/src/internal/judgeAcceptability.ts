import type { Acceptability } from "../acceptability/Acceptability";
import type { AcceptableRiskPolicy } from "../acceptability/AcceptableRiskPolicy";
import type { ProgrammeCriticality } from "../acceptability/ProgrammeCriticality";

/**
 * The acceptability verdict once every level is known by its rank on the matrix: without a
 * criticality, acceptable below the policy's `criticalityRequiredFrom`; with one, up to
 * and including its ceiling.
 *
 * @internal
 */
export const judgeAcceptability = (
  residual: { readonly level: string; readonly rank: number },
  requiredFromRank: number,
  criticality: { readonly value: ProgrammeCriticality; readonly ceiling: string; readonly ceilingRank: number } | null,
  policy: AcceptableRiskPolicy,
): Acceptability => {
  if (criticality === null) {
    const acceptable = residual.rank < requiredFromRank;
    return {
      acceptable,
      residual: residual.level,
      criticality: null,
      ceiling: null,
      reasons: [
        acceptable
          ? `the residual risk ${residual.level} is below ${policy.criticalityRequiredFrom}: no programme criticality is needed`
          : `the residual risk ${residual.level} is ${policy.criticalityRequiredFrom} or above: the activity needs a programme criticality assessment before it may go ahead`,
      ],
    };
  }
  const { value, ceiling, ceilingRank } = criticality;
  const acceptable = residual.rank <= ceilingRank;
  return {
    acceptable,
    residual: residual.level,
    criticality: value,
    ceiling,
    reasons: [
      acceptable
        ? `the residual risk ${residual.level} is within ${ceiling}, the highest acceptable for ${value}`
        : `the residual risk ${residual.level} is above ${ceiling}, the highest acceptable for ${value}: lower it with more measures, or avoid or transfer it`,
    ],
  };
};
