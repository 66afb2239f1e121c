import * as Result from "effect/Result";
import {
  Accountability,
  AccessPass,
  CostSharing,
  formatMoney,
  formatRate,
  parseMoney,
  percentage,
  sumMoney,
  ReferenceData,
  Risk,
  Staffing,
  USD,
  type Money,
  type TaggedErrorLike,
} from "@unsms/sdk";
import { passWorkloadCells } from "../../internal/passWorkloadCells";
import type { FigureCheck, ReportBlock, ReportModel, ReportSection } from "./ReportModel";
import { groupDigits, groupMoney } from "./groupDigits";
import { illustrativeCostSharing } from "./illustrativeCostSharing";
import { reportFillRate } from "./reportFillRate";

const cite = (citation: {
  readonly document: string;
  readonly location: string;
  readonly year?: number | undefined;
}): string =>
  `${citation.document}${citation.year === undefined || citation.document.includes(String(citation.year)) ? "" : ` (${citation.year})`}, ${citation.location}`;

const check = (figure: string, computed: string | number, printed: string | number, source: string): FigureCheck => ({
  figure,
  computed: String(computed),
  printed: String(printed),
  source,
  status: String(computed) === String(printed) ? "reconciled" : "disagrees",
});

const rate = (part: number, whole: number, decimals: number): string =>
  Result.getOrElse(percentage(part, whole, decimals), () => "-");

const sum = (values: ReadonlyArray<number>): number => values.reduce((total, value) => total + value, 0);

/**
 * A table of figures: the first column names the row, the others are right-aligned
 * figures, and the last row is the total.
 */
const totalledTable = (
  caption: string,
  headers: ReadonlyArray<string>,
  rows: ReadonlyArray<ReadonlyArray<string>>,
): ReportBlock => ({
  kind: "table",
  table: { caption, headers, align: headers.map((_, index) => (index === 0 ? "l" : "r")), rows, totalRows: 1 },
});

/** The DSS picture: posts by unit, grade and funding, fill rates, reconciled (Annex II, ¶6–41). */
const staffingSections = (): Result.Result<
  { sections: ReadonlyArray<ReportSection>; posts: number; filled: number; fillRate: string },
  TaggedErrorLike
> => Result.gen(() => dssSections());

/** The steps of {@link staffingSections}. */
function* dssSections() {
  const table = ReferenceData.dssStaffingTable;
  const units = yield* Staffing.summarizeStaffing(table, { by: "unit" });
  const byGrade = yield* Staffing.summarizeStaffing(table, { by: "grade" });
  const byFunding = yield* Staffing.summarizeStaffing(table, { by: "funding" });
  const total = units.rows.find((row) => row.key === "total");
  if (total === undefined)
    return yield* Result.fail<TaggedErrorLike>({
      _tag: "InternalError",
      message: "the staffing summary has no total row",
    });
  const glance = ReferenceData.dssAtAGlance;
  const recruitment = ReferenceData.recruitmentTable;
  const unitRows = [...units.rows.filter((row) => row.key !== "total"), ...units.undetermined].sort(
    (a, b) => table.units.findIndex((unit) => unit.id === a.key) - table.units.findIndex((unit) => unit.id === b.key),
  );
  const recruitmentChecks = [...recruitment.rows, recruitment.total].flatMap((printed) => {
    const row = units.rows.find((candidate) => candidate.key === printed.unit);
    const where = `${recruitment.citation.document} ${recruitment.citation.location}`;
    return [
      check(`${printed.unit} posts`, row?.authorized ?? "-", printed.authorized, where),
      check(`${printed.unit} filled`, row?.filled ?? "-", printed.incumbents, where),
      check(
        `${printed.unit} fill rate %`,
        row === undefined ? "-" : rate(row.filled, row.authorized, recruitment.decimals),
        printed.percentage,
        where,
      ),
    ];
  });
  const unitFigureChecks = ReferenceData.unitFillFigures.flatMap((figure) => {
    const row = units.rows.find((candidate) => candidate.label === figure.unit);
    const where = `${figure.citation.document} ${figure.citation.location}`;
    return [
      ...(row === undefined
        ? []
        : [
            check(
              `${figure.unit}: posts, filled`,
              `${row.authorized}, ${row.filled}`,
              `${figure.posts}, ${figure.filled}`,
              where,
            ),
          ]),
      ...(figure.printed === null
        ? []
        : [
            check(
              `${figure.unit}: ${figure.filled} of ${figure.posts} in %`,
              rate(figure.filled, figure.posts, figure.decimals),
              figure.printed,
              where,
            ),
          ]),
    ];
  });
  const fso = ReferenceData.unitFillFigures.filter((figure) => figure.unit.startsWith("Field Security Operations"));
  const fsoRow = recruitment.rows.find((row) => row.unit === "FSO");
  const paragraph19 = check(
    "Field Security Operations filled: ¶19 (international + local) against ¶41",
    sum(fso.map((figure) => figure.filled)),
    fsoRow?.incumbents ?? "-",
    "A/61/531 ¶19 and ¶41",
  );
  const gradeRows = [...byGrade.rows.filter((row) => row.key !== "total"), ...byGrade.undetermined];
  const fundingRows = [...byFunding.rows.filter((row) => row.key !== "total"), ...byFunding.undetermined];
  const filledOf = (row: object): string =>
    "filled" in row && typeof row.filled === "number" ? String(row.filled) : "–";
  const rateOf = (row: { readonly authorized: number }): string =>
    "filled" in row && typeof row.filled === "number" ? rate(row.filled, row.authorized, 0) : "–";
  // a unit's rate with the decimals the report prints for it (¶21's 53.3, not 53)
  const unitRateOf = (row: { readonly label: string; readonly authorized: number }): string =>
    "filled" in row && typeof row.filled === "number" ? reportFillRate(row.label, row.filled, row.authorized) : "–";
  const overview: ReportSection = {
    id: "dss",
    title: "The Department of Safety and Security in figures",
    blocks: [
      {
        kind: "text",
        text:
          `DSS has ${groupDigits(total.authorized)} posts, ${groupDigits(total.filled)} filled (${total.fillRate} %) and ${groupDigits(total.vacant)} vacant, ` +
          `in ${glance.locations.value} locations, with a biennial budget of about US$ ${groupMoney(glance.biennialBudgetUsdApprox.value)} (${cite(glance.locations.citation)}). ` +
          "Every figure below is computed by the SDK from the report's data and checked against the figure the report prints.",
      },
      {
        kind: "checks",
        checks: [
          check("posts in all", total.authorized, glance.staff.value, cite(glance.staff.citation)),
          check("posts in all", total.authorized, recruitment.total.authorized, cite(recruitment.citation)),
          check("filled posts", total.filled, recruitment.total.incumbents, cite(recruitment.citation)),
        ],
      },
      {
        kind: "picture",
        picture: "org-chart",
        alt: "Organization chart of DSS (A/61/531, Annex II) with the posts of each unit",
      },
      totalledTable(
        "Posts by unit (Annex II; filled posts as ¶6–41 give them, – where the report gives none)",
        ["unit", "posts", "filled", "fill %"],
        [
          ...unitRows.map((row) => [
            `${"  ".repeat(row.depth)}${row.label}`,
            String(row.authorized),
            filledOf(row),
            unitRateOf(row),
          ]),
          ["total", String(total.authorized), String(total.filled), total.fillRate],
        ],
      ),
      { kind: "checks", checks: unitFigureChecks },
      {
        kind: "checks",
        checks: [paragraph19],
      },
      {
        kind: "note",
        text:
          `¶19 gives Field Security Operations ${fso.map((figure) => `${figure.filled} of ${figure.posts} ${figure.unit.replace("Field Security Operations, ", "")}`).join(" and ")} filled, ` +
          `${sum(fso.map((figure) => figure.filled))} of ${sum(fso.map((figure) => figure.posts))}; the recruitment table (¶41) gives ${fsoRow?.incumbents ?? "-"} of ${fsoRow?.authorized ?? "-"}. ` +
          "The report disagrees with itself; unsms keeps both figures, cited, and the totals follow ¶41.",
      },
      totalledTable(
        "Posts by grade (Annex II; fill by grade is not given except where a unit is all one grade)",
        ["grade", "posts", "filled"],
        [
          ...gradeRows.map((row) => [row.label, String(row.authorized), filledOf(row)]),
          ["total", String(sum(gradeRows.map((row) => row.authorized))), String(total.filled)],
        ],
      ),
      totalledTable(
        "Posts by funding (Annex II; Field Security Operations are cost-shared, ¶52)",
        ["funding", "posts", "filled", "fill %"],
        [
          ...fundingRows.map((row) => [row.label, String(row.authorized), filledOf(row), rateOf(row)]),
          ["total", String(sum(fundingRows.map((row) => row.authorized))), String(total.filled), total.fillRate],
        ],
      ),
      {
        kind: "checks",
        checks: [
          check(
            "posts by grade, added up",
            sum(gradeRows.map((row) => row.authorized)),
            recruitment.total.authorized,
            cite(recruitment.citation),
          ),
          check(
            "posts by funding, added up",
            sum(fundingRows.map((row) => row.authorized)),
            recruitment.total.authorized,
            cite(recruitment.citation),
          ),
        ],
      },
    ],
  };
  const recruitmentSection: ReportSection = {
    id: "recruitment",
    title: "The recruitment table (¶41), rebuilt from Annex II",
    blocks: [
      totalledTable(
        "Authorized posts and incumbents, rebuilt by unsms (fill rate rounded half-up as printed)",
        ["location", "authorized", "incumbents", "%"],
        [...recruitment.rows, recruitment.total].map((printed) => {
          const row = units.rows.find((candidate) => candidate.key === printed.unit);
          return [
            printed.location,
            String(row?.authorized ?? "-"),
            String(row?.filled ?? "-"),
            row === undefined ? "-" : rate(row.filled, row.authorized, recruitment.decimals),
          ];
        }),
      ),
      { kind: "checks", checks: recruitmentChecks },
    ],
  };
  return {
    sections: [overview, recruitmentSection],
    posts: total.authorized,
    filled: total.filled,
    fillRate: total.fillRate,
  };
}

/** Table 1 (¶36) and the 391 new posts (¶38). */
const securityOfficerSections = (): ReadonlyArray<ReportSection> => {
  const t1 = ReferenceData.securityOfficerPosts;
  const fn = ReferenceData.newPostsByFunction;
  const where = cite(t1.citation);
  const columns = ["original", "new", "temporary", "total", "vacant"] as const;
  const totals = columns.map((column) => sum(t1.rows.map((row) => row[column])));
  const filled = (row: { readonly total: number; readonly vacant: number }): string =>
    rate(row.total - row.vacant, row.total, 0);
  const byStation = new Map(t1.rows.map((row) => [String(row.dutyStation), row]));
  const newPosts = sum(t1.rows.map((row) => row.new + row.temporary));
  return [
    {
      id: "table-1",
      title: "Security officer posts by duty station (Table 1, ¶36)",
      blocks: [
        {
          kind: "picture",
          picture: "duty-stations",
          alt: "Security officer posts per duty station (A/61/531, Table 1)",
        },
        totalledTable(
          "original + new + temporary = total; filled % = (total − vacant) / total, computed",
          ["duty station", "orig.", "new", "temp.", "total", "vacant", "filled %"],
          [
            ...t1.rows.map((row) => [
              String(row.dutyStation),
              ...columns.map((column) => String(row[column])),
              filled(row),
            ]),
            ["total", ...totals.map(String), filled({ total: totals[3] ?? 0, vacant: totals[4] ?? 0 })],
          ],
        ),
        {
          kind: "checks",
          checks: [
            ...columns.map((column, index) =>
              check(`Table 1 column ${column}, added up`, totals[index] ?? 0, t1.total[column], where),
            ),
            check(
              "rows where original + new + temporary = total",
              t1.rows.filter((row) => row.original + row.new + row.temporary === row.total).length,
              t1.rows.length,
              where,
            ),
          ],
        },
      ],
    },
    {
      id: "new-posts",
      title: `The ${groupDigits(fn.total)} new posts (¶38)`,
      blocks: [
        {
          kind: "text",
          text:
            "Resolution 59/276 and decision 60/562 gave the eight duty stations of Table 1 new and temporary security officer posts (¶36). " +
            "The new posts strengthened physical security at Headquarters and the offices away from Headquarters and greatly reduced overtime; " +
            "at most duty stations the daily shift was shortened from 12 to 8 hours, which also made monitoring and control finer and the management and scheduling of staff more flexible and effective (¶38). " +
            "The function table lost the column of each cell in its sparse rows; unsms keeps their values in source order and never guesses a placement.",
        },
        totalledTable(
          "New posts by function (row totals as printed, ¶38)",
          ["function", "posts"],
          [
            ...fn.rows.map((row) => [row.function, String(row.total)]),
            ["total", String(sum(fn.rows.map((row) => row.total)))],
          ],
        ),
        {
          kind: "checks",
          checks: [
            check("function rows, added up", sum(fn.rows.map((row) => row.total)), fn.total, "A/61/531 ¶38"),
            check("duty-station columns, added up", sum(fn.columnTotals), fn.total, "A/61/531 ¶38"),
            check("Table 1 new + temporary, added up", newPosts, fn.total, `${where} and ¶38`),
            ...fn.columns.map((station, index) => {
              const row = byStation.get(station);
              return check(
                `${station}: ¶38 column against Table 1 new + temporary`,
                fn.columnTotals[index] ?? 0,
                row === undefined ? "-" : row.new + row.temporary,
                `${where} and ¶38`,
              );
            }),
          ],
        },
      ],
    },
  ];
};

/** The cost-sharing walk-through: headcounts, the April 2005 floor, the US$ 11 million gap (¶52–53). */
const costSharingSection = (): Result.Result<{ section: ReportSection; gap: Money }, TaggedErrorLike> =>
  Result.gen(() => costSharingWalkThrough());

/** The steps of {@link costSharingSection}. */
function* costSharingWalkThrough() {
  const { participants, total: totalText, withheldBy } = illustrativeCostSharing;
  const total = yield* parseMoney(totalText, USD);
  const withheld = yield* parseMoney(withheldBy.amount.value, USD);
  const floor = CostSharing.formula2005;
  const proportional = yield* CostSharing.apportion(total, participants);
  const floored = yield* CostSharing.apportion(total, participants, floor.value);
  const gap = yield* CostSharing.fundingGap(floored, [{ id: withheldBy.id, withheld }]);
  const staff = sum(participants.map((participant) => participant.headcount));
  const minimum = formatMoney(floor.value.minimum);
  const rows = floored.shares.map((share, index) => {
    const before = proportional.shares[index];
    return [
      share.id,
      groupDigits(share.headcount),
      before === undefined ? "-" : groupMoney(formatMoney(before.amount)),
      groupMoney(formatMoney(share.amount)),
      share.basis,
      formatRate({ numerator: share.amount.minorUnits, denominator: total.minorUnits }, 2),
    ];
  });
  const arrears = gap.rows.filter((row) => row.arrears.minorUnits !== 0n);
  const worldBankShare = floored.shares.find((share) => share.id === withheldBy.id);
  const section: ReportSection = {
    id: "cost-sharing",
    title: "Cost-sharing: who pays what, and the gap (¶52–53)",
    blocks: [
      {
        kind: "text",
        text:
          "Field-related security costs are shared among the participating organizations in proportion to their staff (headcount); " +
          "the central costs are borne by the United Nations (resolution 56/255, A/61/531 ¶52). " +
          `From April 2005 each organization pays at least US$ ${groupMoney(minimum)} (${cite(floor.citation)}; the report states the principle only).`,
      },
      {
        kind: "note",
        text: `Illustrative: ${illustrativeCostSharing.label}`,
      },
      {
        kind: "picture",
        picture: "cost-sharing",
        alt: "Who pays what under the April 2005 floor, and the US$ 11 million funding gap",
      },
      {
        kind: "table",
        table: {
          caption: `US$ ${groupMoney(totalText)} shared among ${participants.length} organizations, ${groupDigits(staff)} staff: by headcount alone, then with the US$ ${groupMoney(minimum)} floor (largest remainder, exact to the cent)`,
          headers: ["organization", "staff", "by headcount", "with floor", "basis", "%"],
          align: ["l", "r", "r", "r", "l", "r"],
          rows: rows,
        },
      },
      {
        kind: "text",
        text:
          `The ${floored.shares.filter((share) => share.basis === "minimum").length} smallest organizations pay the minimum; ` +
          `the other US$ ${groupMoney(formatMoney(floored.pool))} is shared by the ${groupDigits(floored.poolHeadcount)} staff of the rest. ` +
          `${withheldBy.id}'s share is US$ ${worldBankShare === undefined ? "-" : groupMoney(formatMoney(worldBankShare.amount))}.`,
      },
      {
        kind: "text",
        text:
          `${withheldBy.id} disputed the method and withheld US$ ${groupMoney(withheldBy.amount.value)} (${cite(withheldBy.amount.citation)}); the other organizations had no money to fill the gap, ` +
          `so DSS may face a funding gap of US$ ${groupMoney(formatMoney(gap.gap))}: due ${groupMoney(formatMoney(gap.due))}, received ${groupMoney(formatMoney(gap.received))}.`,
      },
      totalledTable(
        "Arrears",
        ["organization", "due", "paid", "arrears"],
        [
          ...arrears.map((row) => [
            row.id,
            groupMoney(formatMoney(row.due)),
            groupMoney(formatMoney(row.paid)),
            groupMoney(formatMoney(row.arrears)),
          ]),
          ["funding gap", "", "", groupMoney(formatMoney(gap.gap))],
        ],
      ),
      {
        kind: "checks",
        checks: [
          check(
            "shares with the floor, added up",
            Result.match(
              sumMoney(
                USD,
                floored.shares.map((share) => share.amount),
              ),
              { onSuccess: formatMoney, onFailure: () => "-" },
            ),
            formatMoney(total),
            "the illustrative total",
          ),
          check("funding gap", formatMoney(gap.gap), withheldBy.amount.value, cite(withheldBy.amount.citation)),
        ],
      },
    ],
  };
  return { section, gap: gap.gap };
}

/** The chain of accountability of a field security adviser (Annex I). */
const accountabilitySection = (): Result.Result<ReportSection, TaggedErrorLike> =>
  Result.map(
    Accountability.chainOfAccountability(Accountability.annexIFramework, "chief-security-adviser"),
    (chain) => {
      const framework = Accountability.annexIFramework;
      const lines = chain.map((link, index) => {
        const name = `${link.letter === undefined ? "" : `${link.letter} `}${link.name}`;
        if (index === 0) return name;
        const how = link.relation === "through" ? "through" : "accountable to";
        return `${"  ".repeat(index - 1)}└ ${how} ${name} (${link.citation.location})`;
      });
      return {
        id: "accountability",
        title: "Accountability of a field security adviser (Annex I)",
        blocks: [
          {
            kind: "text",
            text:
              "The framework of accountability names who answers to whom for the security of UN personnel, from the wardens to the Secretary-General and the Member States. " +
              "A security adviser in the field answers through the Designated Official:",
          },
          { kind: "chain", lines },
          {
            kind: "picture",
            picture: "accountability",
            alt: "The framework of accountability of A/61/531, Annex I, as a graph",
          },
          { kind: "note", text: `Source: ${framework.edition}.` },
        ],
      };
    },
  );

/** The default risk matrix. */
const riskSection = (): ReportSection => {
  const matrix = Risk.DEFAULT_RISK_MATRIX;
  const source = Risk.DEFAULT_RISK_MATRIX_SOURCE;
  return {
    id: "risk",
    title: "The default risk matrix",
    blocks: [
      {
        kind: "text",
        text: "Risk = likelihood × impact, read from a matrix that an agency can replace (A/61/531 ¶18 names security risk management as the main tool to identify threats).",
      },
      { kind: "picture", picture: "risk-matrix", alt: "The default risk matrix as a heat map" },
      {
        kind: "table",
        table: {
          caption: "Likelihood (rows, most likely first) by impact (columns)",
          headers: ["likelihood", ...matrix.impact],
          align: ["l", ...matrix.impact.map(() => "l" as const)],
          rows: [...matrix.likelihood].map((likelihood, l) => [likelihood, ...(matrix.cells[l] ?? [])]).reverse(),
        },
      },
      { kind: "note", text: `Levels: ${cite(source)}. ${source.note ?? ""}` },
    ],
  };
};

/** A station as Table 2 prints it: the commission's name beside the city that keys the row. */
const printedName = (names: Readonly<Record<string, string>>, station: string): string => {
  const printed = names[station];
  return printed === undefined || printed === station ? station : `${printed} (${station})`;
};

/** Table 2's pass workload (¶39). */
const passSection = (): ReportSection => {
  const data = ReferenceData.passWorkload2006;
  const rows = data.value;
  const total = AccessPass.totalPassWorkload(rows);
  const ratios = [...rows, total].map((row) => AccessPass.passWorkloadRatios(row));
  return {
    id: "passes",
    title: "Pass office workload, January–June 2006 (Table 2, ¶39)",
    blocks: [
      totalledTable(
        "Special events, VIP visits, visitors and passes issued; total and ratios computed (the report prints no total row)",
        ["duty station", "events", "VIP", "visitors", "passes", "per visitor", "per event"],
        [...rows, total].map((row, index) =>
          passWorkloadCells(
            row.dutyStation === "all" ? "total" : printedName(data.names, row.dutyStation),
            row,
            ratios[index],
            groupDigits,
          ),
        ),
      ),
      { kind: "note", text: `Source: ${cite(data.citation)}.` },
    ],
  };
};

/**
 * Builds the report over the reference data, every figure computed by the SDK.
 *
 * @internal
 */
export const buildReport = (): Result.Result<ReportModel, TaggedErrorLike> => Result.gen(() => reportModel());

/** The steps of {@link buildReport}. */
function* reportModel() {
  const staffing = yield* staffingSections();
  const costSharing = yield* costSharingSection();
  const accountability = yield* accountabilitySection();
  const { posts, filled, fillRate } = staffing;
  return {
    title: "unsms report: the UN security management system in figures",
    source:
      'Report of the Secretary-General A/61/531 (2006), "Strengthening and unifying the security management system of the United Nations", as the typed, cited data of @unsms/reference-data, computed by @unsms/sdk.',
    figures: {
      posts,
      filled,
      vacant: posts - filled,
      fillRate,
      fundingGap: formatMoney(costSharing.gap),
      currency: costSharing.gap.currency.code,
    },
    sections: [
      ...staffing.sections,
      ...securityOfficerSections(),
      costSharing.section,
      accountability,
      riskSection(),
      passSection(),
    ],
  };
}
