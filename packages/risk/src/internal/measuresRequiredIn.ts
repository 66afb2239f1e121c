import type { MossMeasure } from "../compliance/MossMeasure";
import { SECURITY_PHASE_NUMBERS } from "../security/SecurityPhase";
import type { SecuritySituation } from "../security/SecuritySituation";

const phaseRank = (phase: string): number =>
  phase === "none" ? 0 : SECURITY_PHASE_NUMBERS.indexOf(phase as never) + 1;

/**
 * The measures required in a situation already checked (`isSituation` or `situationIssue`),
 * in the standard's order: under the phase system those required from `"none"` or from a
 * phase no higher than the location's, under the Security Level System those required from
 * a level no higher than the location's. What `requiredMeasures` and `scoreCompliance`
 * share, so that the situation is checked once.
 *
 * @internal
 */
export const measuresRequiredIn = (
  measures: ReadonlyArray<MossMeasure>,
  situation: SecuritySituation,
): ReadonlyArray<MossMeasure> =>
  measures.filter((measure) =>
    situation.system === "phases"
      ? phaseRank(measure.requiredFrom.phase) <= phaseRank(situation.phase)
      : measure.requiredFrom.level <= situation.level,
  );
