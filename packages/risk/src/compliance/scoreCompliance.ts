import { addIssue, makeIssueList, readOrElse } from "@unsms/core";
import * as Result from "effect/Result";
import { InvalidInspection } from "../errors/InvalidInspection";
import { compliancePart } from "../internal/compliancePart";
import { addDuplicateIdIssues } from "../internal/addDuplicateIdIssues";
import { readable } from "../internal/readable";
import { situationIssue } from "../internal/situationIssue";
import { indexOf } from "../internal/indexOf";
import { listProblem } from "../internal/listProblem";
import { measuresRequiredIn } from "../internal/measuresRequiredIn";
import { prefixIssues } from "../internal/prefixIssues";
import { matrixShapeIssues } from "../internal/matrixShapeIssues";
import { issueFailure } from "../internal/issueFailure";
import { oneOf } from "../internal/oneOf";
import { DEFAULT_RISK_MATRIX } from "../matrix/defaultRiskMatrix";
import type { ValidRiskMatrix } from "../matrix/ValidRiskMatrix";
import type { ComplianceReport, UnmetMeasure } from "./ComplianceReport";
import { DEFAULT_H_MOSS } from "./defaultHMoss";
import { DEFAULT_MOSS } from "./defaultMoss";
import type { Finding, Inspection } from "./Inspection";
import { MOSS_CATEGORIES } from "./MossCategory";

/**
 * Scores an inspection against its standard (the inspection's own `standards`, else
 * {@link DEFAULT_MOSS} or {@link DEFAULT_H_MOSS}): the measures the location must meet
 * in its situation ({@link requiredMeasures}), how many are met overall and per category
 * as exact rates (core's `makeRate`, printed to one decimal with `formatRate`), whether
 * the overall rate reaches `requiredPercent` (default 100), and the unmet measures with
 * their recommendations, ordered by the risk level they leave open on `matrix` (default
 * {@link DEFAULT_RISK_MATRIX}; highest first, then category, then the standard's order).
 *
 * A required measure without a finding counts as not met (`inspected: false`); a finding
 * for a measure the situation does not require is listed in `notRequired` and not counted.
 * Inconsistencies are an {@link InvalidInspection} reporting every problem (the first 100
 * listed, the message counting them all), among them a situation that is not one (an
 * unknown system, phase or level, at `$.situation.phase`…), which would otherwise require
 * nothing and make any location compliant, a measure id used twice in the standards, or a
 * second finding for one measure. The findings and the standards' measures are at most
 * 100 000 each, checked on their `length` before any is read.
 *
 * @example
 * ```ts
 * import { scoreCompliance } from "@unsms/risk"
 * import * as Result from "effect/Result"
 *
 * const report = Result.getOrThrow(
 *   scoreCompliance({
 *     location: "Headquarters",
 *     standard: "H-MOSS",
 *     situation: { system: "phases", phase: "none" },
 *     findings: [
 *       { measure: "H-PRM-1", met: true },
 *       { measure: "H-EQP-1", met: true },
 *       { measure: "H-EQP-2", met: false, note: "two blind spots on the river side" },
 *     ],
 *   }),
 * )
 * console.log(`${report.overall.met} of ${report.overall.required}`, report.overall.percent) // "2 of 9" "22.2"
 * console.log(report.unmet[0]?.id, report.compliant) // "H-PRM-2" false
 * ```
 *
 * @category compliance
 * @since 0.1.0
 */
export const scoreCompliance = (
  inspection: Inspection,
  options: { readonly matrix?: ValidRiskMatrix } = {},
): Result.Result<ComplianceReport, InvalidInspection> =>
  readable(
    "the inspection cannot be read",
    "an inspection",
    (fields) => new InvalidInspection(fields),
    () => [
      listProblem(inspection.findings, "$.findings"),
      inspection.standards === undefined
        ? undefined
        : listProblem(inspection.standards.measures, "$.standards.measures"),
      ...prefixIssues("options.matrix", matrixShapeIssues(matrixOf(options) ?? DEFAULT_RISK_MATRIX)),
    ],
    () => {
      const matrix = matrixOf(options);
      return score(inspection, matrix === undefined ? {} : { matrix });
    },
  );

const matrixOf = (options: { readonly matrix?: ValidRiskMatrix }): ValidRiskMatrix | undefined =>
  typeof options === "object" && options !== null ? options.matrix : undefined;

const score = (
  inspection: Inspection,
  options: { readonly matrix?: ValidRiskMatrix },
): Result.Result<ComplianceReport, InvalidInspection> => {
  const matrix = options.matrix ?? DEFAULT_RISK_MATRIX;
  const standards = inspection.standards ?? (inspection.standard === "H-MOSS" ? DEFAULT_H_MOSS : DEFAULT_MOSS);
  const standardsPath = inspection.standards === undefined ? `the default ${standards.name}` : "$.standards";
  const requiredPercent = inspection.requiredPercent ?? 100;
  const issues = makeIssueList();
  const badSituation = situationIssue(inspection.situation, "$.situation");
  if (badSituation !== undefined) addIssue(issues, () => badSituation);
  if (!Number.isSafeInteger(requiredPercent) || requiredPercent < 0 || requiredPercent > 100) {
    addIssue(issues, () => ({
      path: "$.requiredPercent",
      expected: "a whole percentage from 0 to 100",
      received: String(requiredPercent),
      message: `$.requiredPercent: ${String(requiredPercent)} is not a whole percentage from 0 to 100`,
    }));
  }
  addDuplicateIdIssues(issues, "$.standards.measures", standards.measures);
  const levelRank = indexOf(matrix.levels);
  let unknownLevel = false;
  standards.measures.forEach((measure, index) => {
    if (!levelRank.has(measure.riskIfUnmet)) {
      unknownLevel = true;
      const path = `$.standards.measures[${index}].riskIfUnmet`;
      addIssue(issues, () => ({
        path,
        expected: "a risk level of the matrix",
        received: JSON.stringify(measure.riskIfUnmet),
        message: `${path}: ${JSON.stringify(measure.riskIfUnmet)} (measure ${measure.id} of ${standardsPath}) is not a risk level of the matrix`,
      }));
    }
  });
  const known = new Set(standards.measures.map((measure) => measure.id));
  const findings = new Map<string, Finding>();
  inspection.findings.forEach((finding, index) => {
    const path = `$.findings[${index}].measure`;
    if (!known.has(finding.measure)) {
      addIssue(issues, () => ({
        path,
        expected: `the id of a measure of ${standards.name} (${standards.edition})`,
        received: JSON.stringify(finding.measure),
        message: `${path}: ${standards.name} (${standards.edition}) has no measure ${JSON.stringify(finding.measure)}`,
      }));
    } else if (findings.has(finding.measure)) {
      addIssue(issues, () => ({
        path,
        expected: "one finding per measure",
        received: JSON.stringify(finding.measure),
        message: `${path}: measure ${finding.measure} already has a finding`,
      }));
    } else findings.set(finding.measure, finding);
  });
  if (issues.found > 0) {
    const notes = unknownLevel ? [`risk levels: ${oneOf(matrix.levels)}`] : [];
    return Result.fail(
      new InvalidInspection(issueFailure("the inspection is inconsistent", issues.issues, notes, issues.found)),
    );
  }

  // requiredMeasures without checking the situation and the list again (both checked above);
  // a measure that cannot be read still makes every measure required (it fails closed).
  const required = readOrElse(
    () => measuresRequiredIn(standards.measures, inspection.situation),
    () => standards.measures,
  );
  const requiredIds = new Set(required.map((measure) => measure.id));
  const isMet = (id: string): boolean => findings.get(id)?.met === true;
  const met = required.filter((measure) => isMet(measure.id)).length;
  const byCategory = MOSS_CATEGORIES.map((category) => {
    const inCategory = required.filter((measure) => measure.category === category);
    return { category, ...compliancePart(inCategory.length, inCategory.filter((measure) => isMet(measure.id)).length) };
  });
  const rank = (level: string): number => levelRank.get(level) ?? -1;
  const unmet: Array<UnmetMeasure> = required
    .map((measure, order) => ({ measure, order }))
    .filter(({ measure }) => !isMet(measure.id))
    .sort(
      (a, b) =>
        rank(b.measure.riskIfUnmet) - rank(a.measure.riskIfUnmet) ||
        MOSS_CATEGORIES.indexOf(a.measure.category) - MOSS_CATEGORIES.indexOf(b.measure.category) ||
        a.order - b.order,
    )
    .map(({ measure }) => {
      const finding = findings.get(measure.id);
      return {
        id: measure.id,
        category: measure.category,
        description: measure.description,
        riskIfUnmet: measure.riskIfUnmet,
        recommendation:
          finding === undefined
            ? `Inspect this measure; until then it counts as not met. ${measure.recommendation}`
            : measure.recommendation,
        inspected: finding !== undefined,
        note: finding?.note ?? null,
      };
    });
  return Result.succeed({
    location: inspection.location,
    date: inspection.date ?? null,
    standard: { name: standards.name, edition: standards.edition },
    situation: inspection.situation,
    requiredPercent,
    overall: compliancePart(required.length, met),
    byCategory,
    compliant: met * 100 >= requiredPercent * required.length,
    unmet,
    notRequired: inspection.findings
      .filter((finding) => !requiredIds.has(finding.measure))
      .map((finding) => finding.measure),
  });
};
