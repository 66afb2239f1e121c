import * as Result from "effect/Result";
import { ReferenceData, Staffing, type TaggedErrorLike } from "@unsms/sdk";
import { UsageError } from "../internal/CliError";
import { inputAction, type DecodedInput } from "../internal/inputAction";
import { integerOption } from "../internal/integerOption";
import { renderTable } from "../internal/renderTable";
import { commandModule } from "../internal/commandModule";

type Summary = Staffing.StaffingSummary;

interface SummaryOptions {
  readonly input?: string;
  readonly by?: string;
  readonly decimals?: number;
}

const rowJson = (row: Staffing.SummaryRow) => ({
  key: row.key,
  label: row.label,
  depth: row.depth,
  authorized: row.authorized,
  filled: row.filled,
  vacant: row.vacant,
  fillRate: row.fillRate,
  vacancyRate: row.vacancyRate,
});

/** Two spaces a level, up to 16 levels; deeper rows say their depth, so the text grows linearly with the tree. */
const indent = (depth: number): string => (depth <= 16 ? "  ".repeat(depth) : `${"  ".repeat(16)}[${depth}] `);

const summaryText = (summary: Summary, title: string): string => {
  const table = renderTable(
    [summary.by, "authorized", "filled", "vacant", "fill %", "vacancy %"],
    summary.rows.map((row) => [
      `${indent(row.depth)}${row.label}`,
      String(row.authorized),
      String(row.filled),
      String(row.vacant),
      row.fillRate,
      row.vacancyRate,
    ]),
  );
  const undetermined =
    summary.undetermined.length === 0
      ? ""
      : `\nFilled posts not settled by the data (counts cover posts across these rows):\n${renderTable(
          [summary.by, "authorized"],
          summary.undetermined.map((row) => [`${indent(row.depth)}${row.label}`, String(row.authorized)]),
        )}`;
  return `${title}\n\n${table}${undetermined}`;
};

/** The recruitment table of ¶41 rebuilt from the report's staffing table. */
const recruitment = (): Result.Result<{ json: unknown; text: string }, TaggedErrorLike> =>
  Result.map(
    Staffing.summarizeStaffing(ReferenceData.dssStaffingTable, {
      by: "unit",
      decimals: ReferenceData.recruitmentTable.decimals,
    }),
    (summary) => {
      const table = ReferenceData.recruitmentTable;
      const rows = [...table.rows, table.total].map((expected) => {
        const row = summary.rows.find((candidate) => candidate.key === expected.unit);
        return {
          location: expected.location,
          unit: expected.unit,
          authorized: row?.authorized ?? 0,
          filled: row?.filled ?? 0,
          vacant: row?.vacant ?? 0,
          fillRate: row?.fillRate ?? "",
        };
      });
      return {
        json: { citation: table.citation, rows },
        text: `\nRecruitment table (A/61/531 ¶41), rebuilt:\n${renderTable(
          ["location", "authorized", "incumbents", "%"],
          rows.map((row) => [row.location, String(row.authorized), String(row.filled), row.fillRate]),
        )}`,
      };
    },
  );

const summary = (input: DecodedInput<"staffing-table", Staffing.StaffingTable>, options: SummaryOptions) =>
  Result.gen(() => summaryOutcome(input, options));

/** The steps of {@link summary}. */
function* summaryOutcome(input: DecodedInput<"staffing-table", Staffing.StaffingTable>, options: SummaryOptions) {
  const by = Staffing.summaryDimensions.find((dimension) => dimension === (options.by ?? "unit"));
  if (by === undefined)
    return yield* Result.fail(
      new UsageError({
        message: `--by must be one of ${Staffing.summaryDimensions.join(", ")}; got ${JSON.stringify(options.by)}`,
      }),
    );
  const decimals = options.decimals === undefined ? 0 : Number(options.decimals);
  if (!Number.isSafeInteger(decimals) || decimals < 0 || decimals > 6)
    return yield* Result.fail(
      new UsageError({
        message: `--decimals must be a whole number from 0 to 6; got ${JSON.stringify(options.decimals)}`,
      }),
    );
  const table: Staffing.StaffingTable = yield* input;
  // the report's data: no --input and nothing piped (the default document itself)
  const fromReport = table === ReferenceData.dssStaffingTable;
  const summary = yield* Staffing.summarizeStaffing(table, { by, decimals });
  const report = fromReport ? yield* recruitment() : undefined;
  const title = fromReport
    ? `DSS posts by ${by} (A/61/531, Annex II and ¶6–41)`
    : `Posts by ${by}${table.description === undefined ? "" : `: ${table.description}`}`;
  return {
    exitCode: 0 as const,
    json: {
      source: fromReport ? "A/61/531" : "input",
      by,
      decimals,
      rows: summary.rows.map(rowJson),
      undetermined: summary.undetermined,
      ...(report === undefined ? {} : { recruitmentTable: report.json }),
    },
    // Built only when printed: under --json a deep tree's report is never rendered.
    text: () => summaryText(summary, title) + (report === undefined ? "" : report.text),
  };
}

const coverage = (input: DecodedInput<"coverage">) => Result.gen(() => coverageOutcome(input));

/** The steps of {@link coverage}. */
function* coverageOutcome(input: DecodedInput<"coverage">) {
  const { positions, officers = 0, shiftLengths = [12, 8], weeklyContractHours, reliefFactor } = yield* input;
  const compared = yield* Staffing.compareShiftLengths(
    { weeklyContractHours, reliefFactor },
    positions,
    officers,
    shiftLengths,
  );
  const rows = compared.map((row) => ({
    shiftHours: row.need.shiftHours,
    shiftsPerDay: row.need.shiftsPerDay,
    shiftsPerWeek: row.need.shiftsPerWeek,
    contractShiftsPerOfficer: row.need.contractShiftsPerOfficer,
    officersPerPosition: row.need.officersPerPosition,
    officersNeeded: row.need.officersNeeded,
    officersShort: row.officersShort,
    overtimeShiftsPerWeek: row.overtimeShiftsPerWeek,
    overtimeHoursPerWeek: row.overtimeHoursPerWeek,
  }));
  const text =
    `Round-the-clock cover of ${positions} post(s): ${weeklyContractHours}-hour week, relief factor ${reliefFactor}, ${officers} officer(s) on the roster\n` +
    "officers = ceil(posts × (7 × 24 / L) / (floor(H / L) × (1 − r)))\n\n" +
    renderTable(
      ["shift (h)", "shifts/week", "officers/post", "officers needed", "short", "overtime h/week"],
      rows.map((row) => [
        String(row.shiftHours),
        String(row.shiftsPerWeek),
        `${row.officersPerPosition.approx} (${row.officersPerPosition.exact})`,
        String(row.officersNeeded),
        String(row.officersShort),
        row.overtimeHoursPerWeek.approx,
      ]),
    );
  return { exitCode: 0 as const, json: { positions, officers, weeklyContractHours, reliefFactor, rows }, text };
}

const referenceText = (): string => {
  const data = ReferenceData.staffingReference;
  const t1 = data.securityOfficerPosts;
  const fn = data.newPostsByFunction;
  return [
    `Staffing data of ${data.citation.document} (${data.citation.location})`,
    `Note: ${data.citation.note ?? ""}`,
    "",
    "Table 1, security officer posts (¶36):",
    renderTable(
      ["duty station", "original", "new", "temporary", "total", "vacant"],
      [
        ...t1.rows.map((row) => [row.name, row.original, row.new, row.temporary, row.total, row.vacant].map(String)),
        ["total", t1.total.original, t1.total.new, t1.total.temporary, t1.total.total, t1.total.vacant].map(String),
      ],
    ),
    "The 391 new posts by function (¶38); sparse rows keep their values in source order, columns unknown:",
    renderTable(
      ["function", "values", "columns", "total"],
      fn.rows.map((row) => [
        row.function,
        row.values.join(" "),
        row.columns === null ? "unknown" : "as listed",
        String(row.total),
      ]),
    ),
    `column totals (${fn.columns.join(", ")}): ${fn.columnTotals.join(" ")} = ${fn.total}`,
    "",
    "Unit fill figures (¶6–40):",
    renderTable(
      ["unit", "posts", "filled", "%", "source"],
      data.unitFillFigures.map((figure) => [
        figure.unit,
        String(figure.posts),
        String(figure.filled),
        figure.printed ?? "full",
        figure.citation.location,
      ]),
    ),
    "Use --json for the whole dataset, with the Annex II chart and every citation.",
    "",
  ].join("\n");
};

/**
 * `unsms staffing summary` and `unsms staffing coverage`.
 *
 * @internal
 */
export const staffingCommand = commandModule("staffing", (staffing, context) => {
  staffing
    .command("summary")
    .description(
      "authorized, filled and vacant posts with fill rates, by unit, grade, category, funding, station or status (without input: the report's data)",
    )
    .option(
      "--input <file>",
      "a staffing table (unsms schema staffing-table); default: standard input when piped, else the report's data",
    )
    .option("--by <dimension>", "unit | grade | category | funding | station | status", "unit")
    .option("--decimals <n>", "decimals of the rates (the report prints 0, sometimes 1)", integerOption, 0)
    .action(inputAction(context, "staffing-table", summary, { fallback: ReferenceData.dssStaffingTable }));
  staffing
    .command("coverage")
    .description("officers needed to hold posts 24/7 and the overtime of a roster, 12- against 8-hour shifts (¶38)")
    .option("--input <file>", "a coverage request (unsms schema coverage); default: standard input")
    .action(inputAction(context, "coverage", coverage));
});

/**
 * `unsms reference staffing`, registered with the rest of `unsms reference`.
 *
 * @internal
 */
export const referenceStaffingCommand = commandModule("reference", (reference, context) => {
  reference
    .command("staffing")
    .description(
      "the report's staffing data: Annex II, Table 1, the 391 new posts by function, the recruitment table, with citations",
    )
    .action(() => context.succeed({ exitCode: 0, json: ReferenceData.staffingReference, text: referenceText() }));
});
