import { readOrElse } from "@unsms/core";
import { listProblem } from "../internal/listProblem";
import { measuresRequiredIn } from "../internal/measuresRequiredIn";
import { isSituation } from "../internal/situationIssue";
import type { SecuritySituation } from "../security/SecuritySituation";
import type { MossMeasure } from "./MossMeasure";
import type { MossStandards } from "./MossStandards";

/**
 * The measures of a standard that a location must meet in its situation, in the
 * standard's order: under the phase system, those required from `"none"` or from a phase
 * no higher than the location's; under the Security Level System, those required from a
 * level no higher than the location's. A higher phase or level never requires fewer. It
 * fails closed for a plain JavaScript caller: a situation it cannot read, or one that is not
 * a situation (an unknown system, phase or level, such as `{ system: "levels", level: "high" }`),
 * requires every measure of the standard, and a standard whose measures are not an array of
 * at most 100 000 requires none it could name.
 *
 * @example
 * ```ts
 * import { requiredMeasures, DEFAULT_MOSS } from "@unsms/risk"
 *
 * console.log(requiredMeasures(DEFAULT_MOSS, { system: "phases", phase: "none" }).length) // 13
 * console.log(requiredMeasures(DEFAULT_MOSS, { system: "levels", level: 6 }).length) // 24
 * const unknown = JSON.parse('{ "system": "phases", "phase": "VI" }')
 * console.log(requiredMeasures(DEFAULT_MOSS, unknown).length) // 24 (every measure: fails closed)
 * ```
 *
 * @category compliance
 * @since 0.1.0
 */
export const requiredMeasures = (standards: MossStandards, situation: SecuritySituation): ReadonlyArray<MossMeasure> =>
  readOrElse(
    () => {
      const measures = standards.measures;
      if (listProblem(measures, "$.measures") !== undefined) return [];
      return readOrElse(
        () => (isSituation(situation) ? measuresRequiredIn(measures, situation) : measures),
        () => measures,
      );
    },
    () => [],
  );
