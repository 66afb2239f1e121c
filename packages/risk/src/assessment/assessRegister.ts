import type { Issue } from "@unsms/core";
import * as Result from "effect/Result";
import { assessAcceptability } from "../acceptability/assessAcceptability";
import { DEFAULT_ACCEPTABLE_RISK_POLICY } from "../acceptability/defaultAcceptableRiskPolicy";
import { PROGRAMME_CRITICALITIES } from "../acceptability/ProgrammeCriticality";
import { InvalidRegister } from "../errors/InvalidRegister";
import { duplicateIdIssues } from "../internal/duplicateIdIssues";
import { oneOf } from "../internal/oneOf";
import { prefixIssues } from "../internal/prefixIssues";
import { reductionIssue } from "../internal/reductionIssue";
import { summarizeIssues } from "@unsms/core";
import { DEFAULT_RISK_MATRIX } from "../matrix/defaultRiskMatrix";
import { validateRiskMatrix } from "../matrix/validateRiskMatrix";
import type { MitigationMeasure } from "./MitigationMeasure";
import { mitigateRisk } from "./mitigateRisk";
import type { AssessedRisk, MeasureEffect, RegisterAssessment } from "./RegisterAssessment";
import type { RiskRegister } from "./RiskRegister";

/** How many of the highest risks the summary lists unless told otherwise. */
const defaultTop = 5;

/**
 * Assesses a risk register: for every threat the inherent risk (its likelihood and impact
 * on the matrix) and the residual risk after its measures ({@link mitigateRisk}); then
 * the summary — threats per level before and after, the `top` highest residual risks
 * (default 5), every measure by the risk levels it removes — and whether the activity
 * may go ahead at the highest residual risk given its programme criticality
 * ({@link assessAcceptability}). The register's own matrix and acceptable-risk table are
 * used when it has them, the defaults otherwise.
 *
 * Every inconsistency is reported at once as an {@link InvalidRegister}: an invalid matrix
 * (under `$.matrix`), a likelihood or impact the matrix lacks, an unknown measure, a
 * reduction below 0, an acceptable-risk level the matrix lacks, an id used twice.
 *
 * @example
 * ```ts
 * import { assessRegister } from "@unsms/risk"
 * import * as Result from "effect/Result"
 *
 * const assessment = Result.getOrThrow(
 *   assessRegister({
 *     location: "Field office A",
 *     programmeCriticality: "PC3",
 *     measures: [{ id: "escort", description: "armed escort", reduces: { likelihood: 2, impact: 0 }, basis: "deterrence" }],
 *     threats: [
 *       { id: "T1", category: "crime", description: "ambush on the road", target: "staff",
 *         likelihood: "Likely", impact: "Severe", measures: ["escort"], response: "control" },
 *     ],
 *   }),
 * )
 * const [risk] = assessment.risks
 * console.log(risk?.inherent.level, risk?.residual.level) // "Very high" "Medium"
 * console.log(assessment.acceptability.acceptable) // true (Medium is within PC3's ceiling)
 * ```
 *
 * @category assessment
 * @since 0.1.0
 */
export const assessRegister = (register: RiskRegister, options: { readonly top?: number } = {}): Result.Result<RegisterAssessment, InvalidRegister> => {
  const matrix = register.matrix ?? DEFAULT_RISK_MATRIX;
  const policy = register.acceptableRisk ?? DEFAULT_ACCEPTABLE_RISK_POLICY;
  const issues: Array<Issue> = [];
  const validMatrix = validateRiskMatrix(matrix);
  if (Result.isFailure(validMatrix)) issues.push(...prefixIssues("$.matrix", validMatrix.failure.issues));
  issues.push(...duplicateIdIssues("$.measures", register.measures), ...duplicateIdIssues("$.threats", register.threats));
  register.measures.forEach((measure, index) => {
    const issue = reductionIssue(measure, `$.measures[${index}]`);
    if (issue !== undefined) issues.push(issue);
  });
  const measuresById = new Map<string, MitigationMeasure>(register.measures.map((measure) => [measure.id, measure]));
  register.threats.forEach((threat, index) => {
    for (const axis of ["likelihood", "impact"] as const) {
      const scale = matrix[axis];
      if (!scale.includes(threat[axis])) {
        issues.push({
          path: `$.threats[${index}].${axis}`,
          expected: oneOf(scale),
          received: JSON.stringify(threat[axis]),
          message: `$.threats[${index}].${axis}: ${JSON.stringify(threat[axis])} is not ${axis === "impact" ? "an" : "a"} ${axis} level of the matrix`,
        });
      }
    }
    threat.measures.forEach((id, m) => {
      if (!measuresById.has(id)) {
        issues.push({
          path: `$.threats[${index}].measures[${m}]`,
          expected: register.measures.length === 0 ? "the id of a measure in $.measures (there are none)" : oneOf(register.measures.map((measure) => measure.id)),
          received: JSON.stringify(id),
          message: `$.threats[${index}].measures[${m}]: no measure has the id ${JSON.stringify(id)}`,
        });
      }
    });
  });
  const policyLevels: ReadonlyArray<readonly [string, string]> = [
    ["$.acceptableRisk.criticalityRequiredFrom", policy.criticalityRequiredFrom],
    ...PROGRAMME_CRITICALITIES.map((pc) => [`$.acceptableRisk.ceilings.${pc}`, policy.ceilings[pc]] as const),
  ];
  for (const [path, level] of policyLevels) {
    if (!matrix.levels.includes(level)) {
      issues.push({ path, expected: oneOf(matrix.levels), received: JSON.stringify(level), message: `${path}: ${JSON.stringify(level)} is not a risk level of the matrix` });
    }
  }
  if (issues.length > 0) return Result.fail(new InvalidRegister({ message: summarizeIssues("the risk register is inconsistent", issues), issues }));

  const risks: Array<AssessedRisk> = [];
  const effects = new Map<string, { appliedTo: number; levelsLowered: number }>(register.measures.map((measure) => [measure.id, { appliedTo: 0, levelsLowered: 0 }]));
  for (const threat of register.threats) {
    const applied = threat.measures.flatMap((id) => {
      const measure = measuresById.get(id);
      return measure === undefined ? [] : [measure];
    });
    const inherent = Result.getOrThrow(mitigateRisk(matrix, threat.likelihood, threat.impact, []));
    const residual = Result.getOrThrow(mitigateRisk(matrix, threat.likelihood, threat.impact, applied));
    for (const measure of applied) {
      const alone = Result.getOrThrow(mitigateRisk(matrix, threat.likelihood, threat.impact, [measure]));
      const effect = effects.get(measure.id);
      if (effect !== undefined) {
        effect.appliedTo += 1;
        effect.levelsLowered += inherent.rank - alone.rank;
      }
    }
    risks.push({
      id: threat.id,
      category: threat.category,
      description: threat.description,
      target: threat.target ?? null,
      inherent,
      residual,
      measures: [...threat.measures],
      response: threat.response,
      lowered: inherent.rank - residual.rank,
    });
  }
  const counts = matrix.levels.map((level) => ({
    level,
    inherent: risks.filter((risk) => risk.inherent.level === level).length,
    residual: risks.filter((risk) => risk.residual.level === level).length,
  }));
  const top = Math.max(0, Math.trunc(options.top ?? defaultTop));
  const highest = risks
    .map((risk, order) => ({ risk, order }))
    .sort((a, b) => b.risk.residual.rank - a.risk.residual.rank || b.risk.inherent.rank - a.risk.inherent.rank || a.order - b.order)
    .slice(0, top)
    .map(({ risk }) => risk);
  const mostEffective: Array<MeasureEffect> = register.measures
    .map((measure) => ({ id: measure.id, description: measure.description, ...(effects.get(measure.id) ?? { appliedTo: 0, levelsLowered: 0 }) }))
    .sort((a, b) => b.levelsLowered - a.levelsLowered || b.appliedTo - a.appliedTo || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const worst = risks.reduce((max, risk) => Math.max(max, risk.residual.rank), 0);
  const acceptability = Result.getOrThrow(assessAcceptability(matrix, matrix.levels[worst] ?? "", register.programmeCriticality ?? null, policy));
  return Result.succeed({
    location: register.location,
    date: register.date ?? null,
    matrix,
    risks,
    summary: { counts, highest, mostEffective },
    acceptability,
  });
};
