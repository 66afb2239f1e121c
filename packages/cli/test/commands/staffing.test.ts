import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { run } from "@unsms/cli";
import { fakeIo } from "../support/fakeIo";
import { expectError } from "../support/expectError";

// Generous: under a loaded machine a property run or the first CLI import can take seconds; speed is measured by the benchmarks, not here.

const example = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../../../docs/examples/staffing/${name}`, import.meta.url)), "utf8");

interface Row {
  key: string;
  authorized: number;
  filled: number;
  vacant: number;
  fillRate: string;
}

describe("unsms staffing summary", () => {
  it("default input is the report's data; the recruitment table's rows and total are in it", async () => {
    const { io, stdout } = fakeIo();
    expect(await run(["staffing", "summary", "--json"], io)).toBe(0);
    const body = JSON.parse(stdout()) as {
      source: string;
      rows: Array<Row>;
      recruitmentTable: { rows: Array<Row & { location: string }> };
    };
    expect(body.source).toBe("A/61/531");
    expect(body.recruitmentTable.rows.map((row) => [row.authorized, row.filled, row.fillRate])).toEqual([
      [465, 417, "90"],
      [746, 652, "87"],
      [619, 467, "75"],
      [1830, 1536, "84"],
    ]);
    for (const row of [...body.rows, ...body.recruitmentTable.rows]) {
      expect(typeof row.authorized).toBe("number");
      expect(typeof row.filled).toBe("number");
      expect(typeof row.vacant).toBe("number");
      expect(typeof row.fillRate).toBe("string");
      expect(row.filled + row.vacant).toBe(row.authorized);
    }
    expect(body.rows.find((row) => row.key === "FSS")).toMatchObject({
      authorized: 30,
      filled: 16,
      vacant: 14,
      fillRate: "53",
    });
  });

  it("--decimals 1 prints ¶21's 53.3; the readable report shows the tables", async () => {
    const json = fakeIo();
    expect(await run(["staffing", "summary", "--decimals", "1", "--json"], json.io)).toBe(0);
    expect((JSON.parse(json.stdout()) as { rows: Array<Row> }).rows.find((row) => row.key === "FSS")?.fillRate).toBe(
      "53.3",
    );
    const text = fakeIo();
    expect(await run(["staffing", "summary"], text.io)).toBe(0);
    expect(text.stdout()).toContain("Recruitment table (A/61/531 ¶41), rebuilt");
    expect(text.stdout()).toMatch(/Field security operations\s+619\s+467\s+75/);
    expect(text.stdout()).toContain("not settled");
  });

  it("the sample posts.json, by unit and by grade", async () => {
    const files = { "posts.json": example("posts.json") };
    const byUnit = fakeIo(files);
    expect(await run(["staffing", "summary", "--input", "posts.json", "--json"], byUnit.io)).toBe(0);
    const body = JSON.parse(byUnit.stdout()) as { source: string; rows: Array<Row>; recruitmentTable?: unknown };
    expect(body.source).toBe("input");
    expect(body.recruitmentTable).toBeUndefined();
    expect(body.rows.map((row) => [row.key, row.authorized, row.filled, row.vacant, row.fillRate])).toEqual([
      ["OUSG", 16, 14, 2, "88"],
      ["CEMU", 8, 6, 2, "75"],
      ["total", 16, 14, 2, "88"],
    ]);
    const byGrade = fakeIo(files);
    expect(await run(["staffing", "summary", "--input", "posts.json", "--by", "grade"], byGrade.io)).toBe(0);
    expect(byGrade.stdout()).toMatch(/P-3\s+4\s+2\s+2\s+50\s+50/);
    const piped = fakeIo({}, example("posts.json"));
    expect(await run(["staffing", "summary", "--input", "-", "--json"], piped.io)).toBe(0);
  });

  it("incumbency given only as counts per unit works from a file too", async () => {
    const table = {
      units: [
        { id: "HQ", name: "Headquarters", parent: null },
        { id: "FSS", name: "Field Support Service", parent: "HQ" },
        { id: "EO", name: "Executive Office", parent: "HQ" },
      ],
      groups: [
        { unit: "FSS", grade: "P-4", count: 30 },
        { unit: "EO", grade: "P-4", count: 17 },
      ],
      fillCounts: [
        { unit: "FSS", filled: 16 },
        { unit: "EO", filled: 14 },
      ],
    };
    const { io, stdout } = fakeIo({ "counts.json": JSON.stringify(table) });
    expect(await run(["staffing", "summary", "--input", "counts.json", "--decimals", "1", "--json"], io)).toBe(0);
    expect(
      (JSON.parse(stdout()) as { rows: Array<Row> }).rows.map((row) => [
        row.key,
        row.authorized,
        row.filled,
        row.fillRate,
      ]),
    ).toEqual([
      ["HQ", 47, 30, "63.8"],
      ["FSS", 30, 16, "53.3"],
      ["EO", 17, 14, "82.4"],
      ["total", 47, 30, "63.8"],
    ]);
  });

  // Was "325 s, quadratic somewhere": the CLI path is linear (10 000 levels in ~0.5 s); the
  // test then ran under @fast-check/vitest's `test`, which runs a plain test body as a property,
  // 1 000 times (1 000 × ~0.3 s). Examples use vitest's `it`.
  it("a unit tree 10 000 levels deep (a stack overflow from ~3 800) is summarized, as text and as JSON", async () => {
    const depth = 10_000;
    const units = Array.from({ length: depth }, (_, k) => ({
      id: `U${k}`,
      name: `Unit ${k}`,
      parent: k === 0 ? null : `U${k - 1}`,
    }));
    const table = JSON.stringify({ units, groups: [{ unit: `U${depth - 1}`, grade: "P-4", count: 4, filled: 3 }] });
    const json = fakeIo({ "deep.json": table });
    expect(await run(["staffing", "summary", "--input", "deep.json", "--json"], json.io)).toBe(0);
    const rows = (JSON.parse(json.stdout()) as { rows: Array<Row & { depth: number }> }).rows;
    expect(rows).toHaveLength(depth + 1);
    expect(rows[depth - 1]).toMatchObject({ key: `U${depth - 1}`, depth: depth - 1, authorized: 4, filled: 3 });
    const text = fakeIo({ "deep.json": table });
    expect(await run(["staffing", "summary", "--input", "deep.json"], text.io)).toBe(0);
    // indentation stops at 16 levels: the text grows linearly with the tree
    expect(text.stdout()).toMatch(/\[9999\] Unit 9999\s+4\s+3\s+1\s+75/);
    expect(text.stdout().length).toBeLessThan(200 * depth);
  });

  it("bad input and bad flags exit 2 with the error as JSON", async () => {
    const bad = fakeIo({
      "bad.json": JSON.stringify({
        units: [{ id: "A", name: "A", parent: null }],
        groups: [{ unit: "A", count: 2 }],
        fillCounts: [{ unit: "A", filled: 3 }],
      }),
    });
    expect(await run(["staffing", "summary", "--input", "bad.json", "--json"], bad.io)).toBe(2);
    expectError(bad.stderr(), "InvalidStaffingTable", ["$.fillCounts[0].filled"]);
    const invalid = fakeIo({ "x.json": JSON.stringify({ units: "no" }) });
    expect(await run(["staffing", "summary", "--input", "x.json", "--json"], invalid.io)).toBe(2);
    expect(JSON.parse(invalid.stderr()).error.code).toBe("DecodeError");
    const by = fakeIo();
    expect(await run(["staffing", "summary", "--by", "colour", "--json"], by.io)).toBe(2);
    expect(JSON.parse(by.stderr()).error.code).toBe("UsageError");
    // a bad option is reported before a bad input file
    const first = fakeIo();
    expect(await run(["staffing", "summary", "--by", "colour", "--input", "nope.json", "--json"], first.io)).toBe(2);
    expect(JSON.parse(first.stderr()).error.code).toBe("UsageError");
    const decimals = fakeIo();
    expect(await run(["staffing", "summary", "--decimals", "x"], decimals.io)).toBe(2);
    const missing = fakeIo();
    expect(await run(["staffing", "summary", "--input", "nope.json"], missing.io)).toBe(2);
  });

  test.prop([fc.constantFrom("unit", "grade", "category", "funding", "station", "status"), fc.nat({ max: 3 })], {
    numRuns: 30,
  })("every dimension of the report's data: numeric rows that add up", async (by, decimals) => {
    const { io, stdout } = fakeIo();
    expect(await run(["staffing", "summary", "--by", by, "--decimals", String(decimals), "--json"], io)).toBe(0);
    const body = JSON.parse(stdout()) as { rows: Array<Row>; undetermined: Array<{ authorized: number }> };
    for (const row of body.rows) expect(row.filled + row.vacant).toBe(row.authorized);
    const total = [...body.rows, ...body.undetermined].find((row) => (row as { key?: string }).key === "total");
    expect(total?.authorized).toBe(1830);
  });
});

describe("unsms staffing coverage", () => {
  it("the sample coverage.json: 12- against 8-hour shifts (¶38)", async () => {
    const { io, stdout } = fakeIo({ "coverage.json": example("coverage.json") });
    expect(await run(["staffing", "coverage", "--input", "coverage.json", "--json"], io)).toBe(0);
    const body = JSON.parse(stdout()) as {
      rows: Array<{ shiftHours: number; officersNeeded: number; overtimeHoursPerWeek: { exact: string } }>;
    };
    expect(body.rows.map((row) => [row.shiftHours, row.officersNeeded, row.overtimeHoursPerWeek.exact])).toEqual([
      [12, 59, "768/5"],
      [8, 53, "0"],
    ]);
    const text = fakeIo({}, example("coverage.json"));
    expect(await run(["staffing", "coverage"], text.io)).toBe(0);
    expect(text.stdout()).toContain("floor(H / L)");
    expect(text.stdout()).toMatch(/12\s+140\s+5\.83 \(35\/6\)\s+59\s+6\s+153\.60/);
  });

  it("a shift that does not divide 24, or a bad request, exits 2", async () => {
    const bad = fakeIo(
      {},
      JSON.stringify({ weeklyContractHours: 40, reliefFactor: "0.2", positions: 1, shiftLengths: [10] }),
    );
    expect(await run(["staffing", "coverage", "--json"], bad.io)).toBe(2);
    expectError(bad.stderr(), "DecodeError", ["$.shiftLengths[0]"]);
    const nothing = fakeIo();
    expect(await run(["staffing", "coverage", "--json"], nothing.io)).toBe(2);
    const wrong = fakeIo({}, JSON.stringify({ weeklyContractHours: 40, reliefFactor: "lots", positions: 1 }));
    expect(await run(["staffing", "coverage", "--json"], wrong.io)).toBe(2);
    expect(JSON.parse(wrong.stderr()).error.issues[0].path).toBe("$.reliefFactor");
  });
});

describe("unsms reference staffing", () => {
  it("--json prints the dataset with its citations", async () => {
    const { io, stdout } = fakeIo();
    expect(await run(["reference", "staffing", "--json"], io)).toBe(0);
    const body = JSON.parse(stdout()) as {
      citation: { document: string; note: string };
      recruitmentTable: { total: { authorized: number } };
      securityOfficerPosts: { total: { total: number } };
      newPostsByFunction: { total: number; rows: Array<{ columns: unknown }> };
      staffingTable: { groups: Array<{ citation: { location: string } }> };
      unitFillFigures: Array<{ citation: { location: string } }>;
    };
    expect(body.citation.document).toBe("A/61/531");
    expect(body.citation.note).toContain("¶19");
    expect([
      body.recruitmentTable.total.authorized,
      body.securityOfficerPosts.total.total,
      body.newPostsByFunction.total,
    ]).toEqual([1830, 1015, 391]);
    expect(body.newPostsByFunction.rows.filter((row) => row.columns === null)).toHaveLength(10);
    expect(body.staffingTable.groups.every((group) => group.citation.location.includes("Annex II"))).toBe(true);
    expect(body.unitFillFigures.every((figure) => figure.citation.location.startsWith("¶"))).toBe(true);
  });

  it("the readable form shows Table 1 and the function table", async () => {
    const { io, stdout } = fakeIo();
    expect(await run(["reference", "staffing"], io)).toBe(0);
    expect(stdout()).toMatch(/total\s+624\s+257\s+134\s+1015\s+99/);
    expect(stdout()).toContain("Personal protection");
  });

  it("schema prints the staffing inputs", async () => {
    for (const name of ["staffing-table", "coverage"]) {
      const { io, stdout } = fakeIo();
      expect(await run(["schema", name, "--json"], io)).toBe(0);
      expect(JSON.parse(stdout())).toMatchObject({ type: "object" });
    }
  });
});
