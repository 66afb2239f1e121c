import * as Result from "effect/Result";
import { Risk } from "@unsms/sdk";
import type { CommandModule } from "../CommandModule";
import { inputAction, type DecodedInput } from "../internal/inputAction";
import { renderTable } from "../internal/renderTable";
import { topCommand } from "../internal/topCommand";

type RiskMatrix = Risk.RiskMatrix;
type RegisterAssessment = Risk.RegisterAssessment;
type ComplianceReport = Risk.ComplianceReport;

const matrixJson = (matrix: RiskMatrix) => ({
  likelihood: [...matrix.likelihood],
  impact: [...matrix.impact],
  levels: [...matrix.levels],
  cells: matrix.cells.map((row) => [...row]),
});

const matrixText = (matrix: RiskMatrix): string =>
  renderTable(
    ["likelihood \\ impact", ...matrix.impact],
    [...matrix.likelihood].map((likelihood, l) => [likelihood, ...(matrix.cells[l] ?? [])]).reverse(),
  ) + `risk levels, lowest first: ${matrix.levels.join(", ")}\n`;

const assessmentText = (assessment: RegisterAssessment): string => {
  const risks = renderTable(
    ["id", "category", "target", "inherent", "residual", "response", "measures"],
    assessment.risks.map((risk) => [
      risk.id,
      risk.category,
      risk.target ?? "-",
      risk.inherent.level,
      risk.residual.level,
      risk.response,
      risk.measures.join(", ") || "-",
    ]),
  );
  const counts = renderTable(
    ["level", "before", "after"],
    assessment.summary.counts.map((count) => [count.level, String(count.inherent), String(count.residual)]),
  );
  const measures = renderTable(
    ["measure", "threats", "levels lowered"],
    assessment.summary.mostEffective.map((effect) => [
      effect.id,
      String(effect.appliedTo),
      String(effect.levelsLowered),
    ]),
  );
  const verdict = assessment.acceptability;
  return [
    `Risk assessment: ${assessment.location}${assessment.date === null ? "" : ` (${assessment.date})`}`,
    "",
    risks,
    "Threats per risk level, before and after measures:",
    counts,
    `Highest residual risks: ${assessment.summary.highest.map((risk) => `${risk.id} ${risk.residual.level}`).join("; ")}`,
    "",
    "Measures by risk lowered:",
    measures,
    `${verdict.acceptable ? "ACCEPTABLE" : "NOT ACCEPTABLE"}: ${verdict.reasons.join("; ")}`,
    "",
  ].join("\n");
};

const complianceJson = (report: ComplianceReport) => ({
  location: report.location,
  date: report.date,
  standard: report.standard,
  situation: report.situation,
  requiredPercent: report.requiredPercent,
  compliant: report.compliant,
  overall: { required: report.overall.required, met: report.overall.met, percent: report.overall.percent },
  byCategory: report.byCategory.map(({ category, required, met, percent }) => ({ category, required, met, percent })),
  unmet: report.unmet,
  notRequired: report.notRequired,
});

const complianceText = (report: ComplianceReport): string => {
  const situation =
    report.situation.system === "phases"
      ? `phase ${report.situation.phase}`
      : `security level ${report.situation.level}`;
  const categories = renderTable(
    ["category", "met", "required", "%"],
    report.byCategory.map((c) => [c.category, String(c.met), String(c.required), c.percent ?? "-"]),
  );
  const unmet = report.unmet.map(
    (m, k) =>
      `${k + 1}. [${m.riskIfUnmet}] ${m.id} (${m.category}) ${m.description}${m.note === null ? "" : ` — ${m.note}`}\n   → ${m.recommendation}`,
  );
  return [
    `${report.standard.name} compliance (${report.standard.edition}): ${report.location}${report.date === null ? "" : ` (${report.date})`}, ${situation}`,
    "",
    categories,
    `Overall: ${report.overall.met} of ${report.overall.required} required measures met (${report.overall.percent ?? "-"}%); required ${report.requiredPercent}%: ${report.compliant ? "COMPLIANT" : "BELOW THE REQUIRED STANDARD"}`,
    ...(unmet.length === 0 ? [] : ["", "Unmet measures, highest risk left open first:", ...unmet]),
    "",
  ].join("\n");
};

const matrix = (input: DecodedInput<"risk-matrix", RiskMatrix>) => Result.gen(() => matrixOutcome(input));

/** The steps of {@link matrix}. */
function* matrixOutcome(input: DecodedInput<"risk-matrix", RiskMatrix>) {
  const valid = yield* Risk.validateRiskMatrix(yield* input);
  return { exitCode: 0 as const, json: matrixJson(valid), text: matrixText(valid) };
}

const assess = (input: DecodedInput<"risk-register">) => Result.gen(() => assessmentOutcome(input));

/** The steps of {@link assess}. */
function* assessmentOutcome(input: DecodedInput<"risk-register">) {
  const assessment = yield* Risk.assessRegister(yield* input);
  const exitCode = assessment.acceptability.acceptable ? (0 as const) : (1 as const);
  return { exitCode, json: assessment, text: assessmentText(assessment) };
}

const score = (input: DecodedInput<"compliance-inspection">) => Result.gen(() => complianceOutcome(input));

/** The steps of {@link score}. */
function* complianceOutcome(input: DecodedInput<"compliance-inspection">) {
  const report = yield* Risk.scoreCompliance(yield* input);
  return {
    exitCode: report.compliant ? (0 as const) : (1 as const),
    json: complianceJson(report),
    text: complianceText(report),
  };
}

/**
 * `unsms risk matrix`, `unsms risk assess` and `unsms compliance score`: the risk
 * package's commands, with the `risk-matrix`, `risk-register` and
 * `compliance-inspection` input schemas.
 *
 * @internal
 */
export const riskCommand: CommandModule = {
  register: (program, context) => {
    const risk = topCommand(program, "risk");
    risk
      .command("matrix")
      .description(
        "print the default 5×5 risk matrix (rows: likelihood, columns: impact), or check and print the matrix given with --input or on standard input",
      )
      .option(
        "--input <file>",
        "a risk matrix JSON to validate (see `unsms schema risk-matrix`); default: standard input when piped, else the default matrix",
      )
      .action(inputAction(context, "risk-matrix", matrix, { fallback: Risk.DEFAULT_RISK_MATRIX }));
    risk
      .command("assess")
      .description(
        "assess a risk register: inherent and residual risk, summary, acceptability (exit 1 when the activity may not go ahead)",
      )
      .option("--input <file>", "the risk register JSON (default: stdin; see `unsms schema risk-register`)")
      .action(inputAction(context, "risk-register", assess));
    const compliance = topCommand(program, "compliance");
    compliance
      .command("score")
      .description("score an inspection against MOSS or H-MOSS (exit 1 when below the required standard)")
      .option("--input <file>", "the inspection JSON (default: stdin; see `unsms schema compliance-inspection`)")
      .action(inputAction(context, "compliance-inspection", score));
  },
};
