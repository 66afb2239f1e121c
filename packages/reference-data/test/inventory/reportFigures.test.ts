import { describe, expect, it } from "vitest";
import {
  dssOperations,
  dssStaffingTable,
  referenceDatasets,
  reportFigures,
  securityOfficerPosts,
  unitFillFigures,
} from "@unsms/reference-data";

const months = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const words: Readonly<Record<string, string>> = { one: "1", two: "2", three: "3", four: "4", five: "5", six: "6" };

/** The value at `dataset.path[0].field`, or a reason it is not there. */
const resolve = (where: string): { found: true; value: unknown } | { found: false; why: string } => {
  const cut = where.search(/[.[]/);
  const dataset = cut < 0 ? where : where.slice(0, cut);
  const rest = [cut < 0 ? "" : where.slice(cut)];
  if (dataset === undefined || !Object.hasOwn(referenceDatasets, dataset))
    return { found: false, why: `no dataset ${JSON.stringify(dataset)}` };
  let value: unknown = referenceDatasets[dataset as keyof typeof referenceDatasets];
  for (const step of rest
    .join(".")
    .split(/\.|\[(\d+)\]/)
    .filter((part) => part !== undefined && part !== "")) {
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, step)) {
      if (Array.isArray(value) && step === "length") return { found: true, value: value.length };
      return { found: false, why: `no field ${step} in ${where}` };
    }
    value = (value as Record<string, unknown>)[step];
  }
  return { found: true, value };
};

const date = (value: { year: number; month?: number }): string =>
  value.month === undefined ? `${value.year}` : `${months[value.month - 1]} ${value.year}`;

/** A typed value as the report would print it. */
const render = (value: unknown): string => {
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return /^\d+\.\d\d$/.test(value) ? String(Number(value)) : value;
  if (value !== null && typeof value === "object" && "year" in value)
    return date(value as { year: number; month?: number });
  if (value !== null && typeof value === "object" && "from" in value && "to" in value) {
    const { from, to } = value as { from: { year: number; month?: number }; to: { year: number; month?: number } };
    if (from.month === undefined && to.month === undefined) return `${from.year}–${to.year}`;
    if (from.year === to.year) return `${months[from.month! - 1]} to ${date(to)}`;
    return `${date(from)} to ${date(to)}`;
  }
  return JSON.stringify(value);
};

/** The printed value, its qualifiers ("about", "more than", units) taken off. */
const canonical = (printed: string): string => {
  let text = printed
    .replace(/^(about|nearly|more than) /, "")
    .replace(/^US\$ /, "")
    .replace(/%$/, "")
    .replace(/ (weeks|months)$/, "")
    .replace(/^the first six months of (\d{4})$/, "January to June $1")
    .replace(/(\d) (?=\d{3}\b)/g, "$1");
  const million = /^(\d+) million$/.exec(text);
  if (million !== null) text = String(Number(million[1]) * 1_000_000);
  return words[text] ?? text;
};

describe("reportFigures, the inventory of every figure of A/61/531", () => {
  it("every entry is typed or narrative; a typed entry's `where` resolves to the value as printed", () => {
    const problems: Array<string> = [];
    for (const figure of reportFigures) {
      if (figure.status === "narrative") {
        if (figure.where.length < 20)
          problems.push(`${figure.location} ${figure.value}: a narrative figure must say why`);
        continue;
      }
      if (figure.status !== "typed") {
        problems.push(`${figure.location} ${figure.value}: neither typed nor narrative`);
        continue;
      }
      const found = resolve(figure.where);
      if (!found.found) {
        problems.push(`${figure.location} ${figure.value}: ${found.why}`);
        continue;
      }
      // ¶15's two vacancies point at the CEMU P-3 group: count minus filled
      const value =
        found.value !== null && typeof found.value === "object" && "filled" in found.value && "count" in found.value
          ? (found.value as { count: number; filled: number }).count -
            (found.value as { count: number; filled: number }).filled
          : found.value;
      if (render(value) !== canonical(figure.value))
        problems.push(`${figure.location} ${figure.value}: ${figure.where} holds ${render(value)}`);
    }
    expect(problems).toEqual([]);
  });

  it("counts every cell of the report's tables and every paragraph's figures", () => {
    const count = (location: string) => reportFigures.filter((figure) => figure.location === location).length;
    expect(count("Table 1")).toBe(45);
    expect(count("Table 2")).toBe(33); // 32 cells and the title's period
    expect(count("¶41 (table)")).toBe(12);
    expect(count("¶38 (table)")).toBe(12 + 58 + 8 + 1); // row totals, the 58 printed cells, column totals, total
    // 57 post counts of the chart, the Vienna label and footnote a's ASG (the OUSG's D-2 to be
    // reclassified): 58 before the footnote was read as the figure it is
    expect(count("Annex II")).toBe(59);
    expect(reportFigures.length).toBeGreaterThanOrEqual(330);
    expect(new Set(reportFigures.map((figure) => `${figure.location}|${figure.meaning}|${figure.value}`)).size).toBe(
      reportFigures.length,
    );
  });

  it("every location is written as the contract says: ¶n, Table n, Annex I, ¶n, Annex II, or Summary", () => {
    for (const figure of reportFigures)
      expect(figure.location).toMatch(
        /^(Summary|¶\d+(\(\w\))?( \(table\))?(, ¶\d+)?|Table [12]|Annex I, ¶\d+|Annex II)$/,
      );
  });

  it("the entry check fails for a pointer that is wrong, a value that differs, or an unknown status", () => {
    expect(resolve("dssAtAGlance.staf.value")).toMatchObject({ found: false });
    expect(resolve("constructor.name")).toMatchObject({ found: false });
    expect(render(resolve("dssAtAGlance.staff.value").found ? 1830 : 0)).toBe(canonical("1 830"));
    expect(render(1831)).not.toBe(canonical("1 830"));
    expect(render({ from: { year: 2008 }, to: { year: 2009 } })).toBe(canonical("2008–2009"));
    expect(render({ from: { year: 2005, month: 8 }, to: { year: 2006, month: 7 } })).toBe(
      canonical("August 2005 to July 2006"),
    );
    expect(canonical("about US$ 400 million")).toBe(render("400000000.00"));
  });
});

describe("the grades of ¶11, ¶56(a) and ¶56(b)", () => {
  it("¶56(a)'s ASG (the grade the deputy is reclassified to) is listed and resolves to the data", () => {
    const asg = reportFigures.filter((figure) => figure.location === "¶56(a)" && figure.value === "ASG");
    expect(asg).toHaveLength(1);
    expect(asg[0]).toMatchObject({ status: "typed", where: "deputyReclassificationCosts.entries[0].to" });
    const found = resolve(asg[0]!.where);
    expect(found).toEqual({ found: true, value: "ASG" });
    // the same entry holds the D-2 ¶56(a) reclassifies from: the pair is one reclassification
    expect(resolve("deputyReclassificationCosts.entries[0].from")).toEqual({ found: true, value: "D-2" });
    expect(
      reportFigures
        .filter((figure) => figure.location === "¶56(a)" && /^(D-2|ASG)$/.test(figure.value))
        .map((figure) => figure.value),
    ).toEqual(["D-2", "ASG"]);
  });

  it("Annex II's footnote a (the OUSG's D-2 proposed for reclassification to ASG) is listed and resolves to the data", () => {
    const footnote = reportFigures.filter((figure) => figure.location === "Annex II" && figure.value === "ASG");
    expect(footnote).toHaveLength(1);
    expect(footnote[0]).toMatchObject({ status: "typed", where: "deputyReclassificationCosts.entries[0].to" });
    expect(footnote[0]!.meaning).toContain("拟改叙为助理秘书长");
    expect(resolve(footnote[0]!.where)).toEqual({ found: true, value: "ASG" });
    // the footnote marks the chart's D-2 of the Office of the USG, the post the pair reclassifies from
    expect(resolve("dssStaffingTable.groups[1].grade")).toEqual({ found: true, value: "D-2" });
    expect(resolve("deputyReclassificationCosts.entries[0].from")).toEqual({ found: true, value: "D-2" });
  });

  it("¶11's counterparts 'mostly at ASG level' are listed, as narrative: no dataset holds other organizations' posts", () => {
    const counterparts = reportFigures.filter((figure) => figure.location === "¶11");
    expect(counterparts).toHaveLength(1);
    expect(counterparts[0]).toMatchObject({ value: "ASG", status: "narrative" });
    expect(counterparts[0]!.meaning).toContain("多数为助理秘书长级");
    // the narrative names where the deputy's own ASG is, and that pointer resolves
    const pointer = /deputyReclassificationCosts\.entries\[0\]\.to/.exec(counterparts[0]!.where);
    expect(pointer).not.toBeNull();
    expect(resolve(pointer![0])).toEqual({ found: true, value: "ASG" });
  });

  it("¶56(b)'s D-2 says the report names the Service chief (D-1 in Annex II) and that the Director is our reading", () => {
    const note = dssOperations.directorGrade.citation.note ?? "";
    expect(dssOperations.directorGrade.value).toBe("D-2");
    expect(note).toContain("总部安保和安全处处长");
    expect(note).toContain("D-1 in Annex II");
    expect(note).toContain("our reading");
    // the note's claims hold in the data: the Service's chief is D-1, the Division's head D-2
    const groups = dssStaffingTable.groups ?? [];
    expect(groups.filter((group) => group.unit === "SSS-NY").map((group) => group.grade)).toContain("D-1");
    expect(groups.filter((group) => group.unit === "SSS-NY").map((group) => group.grade)).not.toContain("D-2");
    expect(groups.filter((group) => group.unit === "DSSS").map((group) => group.grade)).toContain("D-2");
    const entry = reportFigures.find((figure) => figure.location === "¶56(b)" && figure.value === "D-2");
    expect(entry?.meaning).toContain("总部安保和安全处处长");
    expect(entry?.meaning).toContain("our reading");
  });
});

describe("the reconciliations the report implies", () => {
  it("¶32's 'more than 1 000' uniformed personnel: Table 1 counts 1 015 posts — more than 1 000, though 99 are vacant (916 filled)", () => {
    expect(securityOfficerPosts.total.total).toBeGreaterThan(dssOperations.uniformedPersonnelMoreThan.value);
    expect(securityOfficerPosts.total.total - securityOfficerPosts.total.vacant).toBe(916);
  });

  it("¶15's two vacancies are both P-3 posts of the Compliance, Evaluation and Monitoring Unit, and ¶15's 6 of 8", () => {
    const cemu = (dssStaffingTable.groups ?? []).filter((group) => group.unit === "CEMU");
    const vacant = cemu.flatMap((group) =>
      group.count - (group.filled ?? group.count) > 0
        ? [[group.grade, group.count - (group.filled ?? group.count)]]
        : [],
    );
    expect(vacant).toEqual([["P-3", 2]]);
    const figure = unitFillFigures.find((candidate) => candidate.citation.location === "¶15")!;
    expect(cemu.reduce((sum, group) => sum + group.count, 0)).toBe(figure.posts);
    expect(figure.posts - figure.filled).toBe(2);
  });
});
