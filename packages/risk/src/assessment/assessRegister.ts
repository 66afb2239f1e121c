import { addIssue, isListUpTo, makeIssueList } from "@unsms/core";
import * as Order from "effect/Order";
import * as Result from "effect/Result";
import { DEFAULT_ACCEPTABLE_RISK_POLICY } from "../acceptability/defaultAcceptableRiskPolicy";
import { PROGRAMME_CRITICALITIES } from "../acceptability/ProgrammeCriticality";
import { InvalidRegister } from "../errors/InvalidRegister";
import { addDuplicateIdIssues } from "../internal/addDuplicateIdIssues";
import { indexOf } from "../internal/indexOf";
import { issueFailure } from "../internal/issueFailure";
import { readable } from "../internal/readable";
import { listProblem } from "../internal/listProblem";
import { maxNames } from "../internal/matrixShapeIssues";
import { threatMeasuresProblem } from "../internal/threatMeasuresProblem";
import { judgeAcceptability } from "../internal/judgeAcceptability";
import { oneOf } from "../internal/oneOf";
import { prefixIssues } from "../internal/prefixIssues";
import { ratingAt } from "../internal/ratingAt";
import { reductionIssue } from "../internal/reductionIssue";
import { DEFAULT_RISK_MATRIX } from "../matrix/defaultRiskMatrix";
import type { RiskMatrix } from "../matrix/RiskMatrix";
import { validateRiskMatrix } from "../matrix/validateRiskMatrix";
import type { ValidRiskMatrix } from "../matrix/ValidRiskMatrix";
import type { MitigationMeasure } from "./MitigationMeasure";
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
 * reduction below 0, an acceptable-risk level the matrix lacks, an id used twice, a measure
 * listed twice for one threat (at the repeat, e.g. `$.threats[0].measures[1]`: a measure
 * applies once, and counting it again would lower the risk again) — the first 100 issues
 * listed (none past them is made), the message counting them all and naming each list of
 * allowed values once; a register of 100 000 threats and 100 000 measures that all share
 * one id is refused so, its 199 998 repeats counted. Each list's `length` is checked before it is read: at most 100 000 threats and 100 000
 * measures, and at most 1 000 000 measure ids across the threats' `measures` (our limit; a
 * sparse array claiming 2^32 − 1 ids is refused at once at its path). Once
 * checked, the register is assessed without any further failure; the work is proportional
 * to the register's size and the matrix's (at most 1 000) risk levels, n log n for the
 * orderings.
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
export const assessRegister = (
  register: RiskRegister,
  options: { readonly top?: number } = {},
): Result.Result<RegisterAssessment, InvalidRegister> =>
  readable(
    "the risk register cannot be read",
    "a risk register",
    (fields) => new InvalidRegister(fields),
    () => {
      const threats = listProblem(register.threats, "$.threats");
      // each threat's measures only once its list is known to be a list of objects
      return [threats ?? threatMeasuresProblem(register.threats), listProblem(register.measures, "$.measures")];
    },
    () => check(register, typeof options === "object" && options !== null ? options : {}),
  );

const check = (
  register: RiskRegister,
  options: { readonly top?: number },
): Result.Result<RegisterAssessment, InvalidRegister> => {
  const checked =
    register.matrix === undefined ? Result.succeed(DEFAULT_RISK_MATRIX) : validateRiskMatrix(register.matrix);
  const matrix: RiskMatrix = register.matrix ?? DEFAULT_RISK_MATRIX;
  const policy = register.acceptableRisk ?? DEFAULT_ACCEPTABLE_RISK_POLICY;
  const issues = makeIssueList();
  const notes: Array<string> = [];
  if (Result.isFailure(checked)) {
    // the matrix's first MAX_ISSUES issues, under its path, and the count of the rest
    for (const issue of prefixIssues("$.matrix", checked.failure.issues)) addIssue(issues, () => issue);
    issues.found += checked.failure.omitted;
  }
  addDuplicateIdIssues(issues, "$.measures", register.measures);
  addDuplicateIdIssues(issues, "$.threats", register.threats);
  register.measures.forEach((measure, index) => {
    const issue = reductionIssue(measure, `$.measures[${index}]`);
    if (issue !== undefined) addIssue(issues, () => issue);
  });
  const measuresById = new Map<string, MitigationMeasure>(register.measures.map((measure) => [measure.id, measure]));
  const scales = { likelihood: indexOf(listOf(matrix.likelihood)), impact: indexOf(listOf(matrix.impact)) };
  const levelRank = indexOf(listOf(matrix.levels));
  const unknown = { likelihood: false, impact: false, measure: false, level: false };
  /** The first position of each measure id in the current threat's list (cleared per threat). */
  const firstOf = new Map<string, number>();
  register.threats.forEach((threat, index) => {
    for (const axis of ["likelihood", "impact"] as const) {
      if (!scales[axis].has(threat[axis])) {
        unknown[axis] = true;
        addIssue(issues, () => ({
          path: `$.threats[${index}].${axis}`,
          expected: `${axis === "impact" ? "an" : "a"} ${axis} level of the matrix`,
          received: JSON.stringify(threat[axis]),
          message: `$.threats[${index}].${axis}: ${JSON.stringify(threat[axis])} is not ${axis === "impact" ? "an" : "a"} ${axis} level of the matrix`,
        }));
      }
    }
    firstOf.clear();
    threat.measures.forEach((id, m) => {
      const first = firstOf.get(id);
      if (first !== undefined) {
        const path = `$.threats[${index}].measures[${m}]`;
        addIssue(issues, () => ({
          path,
          expected: "a measure not already applied to this threat (each applies once)",
          received: JSON.stringify(id),
          message: `${path}: ${JSON.stringify(id)} is already $.threats[${index}].measures[${first}]; a measure applies once`,
        }));
        return;
      }
      firstOf.set(id, m);
      if (!measuresById.has(id)) {
        unknown.measure = true;
        addIssue(issues, () => ({
          path: `$.threats[${index}].measures[${m}]`,
          expected:
            register.measures.length === 0
              ? "the id of a measure in $.measures (there are none)"
              : "the id of a measure in $.measures",
          received: JSON.stringify(id),
          message: `$.threats[${index}].measures[${m}]: no measure has the id ${JSON.stringify(id)}`,
        }));
      }
    });
  });
  const policyLevels: ReadonlyArray<readonly [string, string]> = [
    ["$.acceptableRisk.criticalityRequiredFrom", policy.criticalityRequiredFrom],
    ...PROGRAMME_CRITICALITIES.map((pc) => [`$.acceptableRisk.ceilings.${pc}`, policy.ceilings[pc]] as const),
  ];
  for (const [path, level] of policyLevels) {
    if (!levelRank.has(level)) {
      unknown.level = true;
      addIssue(issues, () => ({
        path,
        expected: "a risk level of the matrix",
        received: JSON.stringify(level),
        message: `${path}: ${JSON.stringify(level)} is not a risk level of the matrix`,
      }));
    }
  }
  if (issues.found > 0 || Result.isFailure(checked)) {
    if (unknown.likelihood) notes.push(`likelihood levels: ${oneOf(listOf(matrix.likelihood))}`);
    if (unknown.impact) notes.push(`impact levels: ${oneOf(listOf(matrix.impact))}`);
    if (unknown.level) notes.push(`risk levels: ${oneOf(listOf(matrix.levels))}`);
    if (unknown.measure && register.measures.length > 0)
      notes.push(`measures: ${oneOf(register.measures.map((measure) => measure.id))}`);
    return Result.fail(
      new InvalidRegister(issueFailure("the risk register is inconsistent", issues.issues, notes, issues.found)),
    );
  }
  return Result.succeed(assess(register, checked.success, measuresById, levelRank, options));
};

// a scale of a matrix refused as too long (a sparse array claiming 2^32 − 1 names) is read as
// no name: its issue is already at its path under `$.matrix`
const listOf = (value: unknown): ReadonlyArray<string> =>
  isListUpTo(value, maxNames) ? (value as ReadonlyArray<string>) : [];

type Ranked = { readonly risk: AssessedRisk; readonly order: number };

// The orders are built by calls marked pure, so that a bundler drops them (and effect's
// Order) from an app that imports anything of the entry but `assessRegister`.

/** Highest residual first, then highest inherent, then register order. */
const byRisk: Order.Order<Ranked> = /* @__PURE__ */ (() =>
  Order.combineAll([
    Order.mapInput(Order.flip(Order.Number), ({ risk }: Ranked) => risk.residual.rank),
    Order.mapInput(Order.flip(Order.Number), ({ risk }: Ranked) => risk.inherent.rank),
    Order.mapInput(Order.Number, ({ order }: Ranked) => order),
  ]))();

/** Most levels lowered first, then most threats, then id. */
const byEffect: Order.Order<MeasureEffect> = /* @__PURE__ */ (() =>
  Order.combineAll([
    Order.mapInput(Order.flip(Order.Number), (effect: MeasureEffect) => effect.levelsLowered),
    Order.mapInput(Order.flip(Order.Number), (effect: MeasureEffect) => effect.appliedTo),
    Order.mapInput(Order.String, (effect: MeasureEffect) => effect.id),
  ]))();

/** The assessment of a register already checked: nothing here can fail. */
const assess = (
  register: RiskRegister,
  matrix: ValidRiskMatrix,
  measuresById: ReadonlyMap<string, MitigationMeasure>,
  levelRank: ReadonlyMap<string, number>,
  options: { readonly top?: number },
): RegisterAssessment => {
  const policy = register.acceptableRisk ?? DEFAULT_ACCEPTABLE_RISK_POLICY;
  const likelihoodIndex = indexOf(matrix.likelihood);
  const impactIndex = indexOf(matrix.impact);
  const risks: Array<AssessedRisk> = [];
  const effects = new Map<string, { appliedTo: number; levelsLowered: number }>(
    register.measures.map((measure) => [measure.id, { appliedTo: 0, levelsLowered: 0 }]),
  );
  const inherentCounts = matrix.levels.map(() => 0);
  const residualCounts = matrix.levels.map(() => 0);
  for (const threat of register.threats) {
    const l = likelihoodIndex.get(threat.likelihood) ?? 0;
    const i = impactIndex.get(threat.impact) ?? 0;
    const inherent = ratingAt(matrix, l, i, levelRank);
    let likelihoodSteps = 0;
    let impactSteps = 0;
    for (const id of threat.measures) {
      const measure = measuresById.get(id);
      if (measure === undefined) continue;
      likelihoodSteps += measure.reduces.likelihood;
      impactSteps += measure.reduces.impact;
      const alone = ratingAt(
        matrix,
        Math.max(0, l - measure.reduces.likelihood),
        Math.max(0, i - measure.reduces.impact),
        levelRank,
      );
      const effect = effects.get(id);
      if (effect !== undefined) {
        effect.appliedTo += 1;
        effect.levelsLowered += inherent.rank - alone.rank;
      }
    }
    const residual = ratingAt(matrix, Math.max(0, l - likelihoodSteps), Math.max(0, i - impactSteps), levelRank);
    inherentCounts[inherent.rank] = (inherentCounts[inherent.rank] ?? 0) + 1;
    residualCounts[residual.rank] = (residualCounts[residual.rank] ?? 0) + 1;
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
  const counts = matrix.levels.map((level, rank) => ({
    level,
    inherent: inherentCounts[rank] ?? 0,
    residual: residualCounts[rank] ?? 0,
  }));
  const top = Math.max(0, Math.trunc(options.top ?? defaultTop));
  const highest = risks
    .map((risk, order) => ({ risk, order }))
    .sort(byRisk)
    .slice(0, top)
    .map(({ risk }) => risk);
  const mostEffective: Array<MeasureEffect> = register.measures
    .map((measure) => {
      const effect = effects.get(measure.id);
      return {
        id: measure.id,
        description: measure.description,
        appliedTo: effect?.appliedTo ?? 0,
        levelsLowered: effect?.levelsLowered ?? 0,
      };
    })
    .sort(byEffect);
  const worst = risks.reduce((max, risk) => Math.max(max, risk.residual.rank), 0);
  const rankOf = (level: string): number => levelRank.get(level) ?? 0;
  const criticality = register.programmeCriticality ?? null;
  const ceiling = criticality === null ? "" : policy.ceilings[criticality];
  const acceptability = judgeAcceptability(
    { level: matrix.levels[worst] ?? "", rank: worst },
    rankOf(policy.criticalityRequiredFrom),
    criticality === null ? null : { value: criticality, ceiling, ceilingRank: rankOf(ceiling) },
    policy,
  );
  return {
    location: register.location,
    date: register.date ?? null,
    matrix,
    risks,
    summary: { counts, highest, mostEffective },
    acceptability,
  };
};
