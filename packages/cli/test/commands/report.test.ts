import { describe, expect, it } from "vitest";
import { run, type CliIo } from "@unsms/cli";
import { CostSharing, ReferenceData } from "@unsms/sdk";
import { fakeIo } from "../support/fakeIo";

const report = async (args: ReadonlyArray<string>, colour = false) => {
  const fake = fakeIo();
  const io: CliIo = { ...fake.io, colour };
  const code = await run(["report", ...args], io);
  return { code, out: fake.stdout(), err: fake.stderr(), written: fake.written };
};

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[/;

interface Model {
  sections: Array<{
    id: string;
    blocks: Array<{ kind: string; text?: string; table?: { headers: Array<string>; rows: Array<Array<string>> } }>;
  }>;
}

const reportModel = async (): Promise<Model> => JSON.parse((await report(["--format", "json"])).out) as Model;

/** The paragraphs of one section, joined. */
const textOf = (model: Model, id: string): string =>
  model.sections
    .filter((section) => section.id === id)
    .flatMap((section) => section.blocks.flatMap((block) => (block.kind === "text" ? [block.text ?? ""] : [])))
    .join(" ");

describe("unsms report", () => {
  it("tells the report's headline figures, computed: 1 830 posts, 1 536 filled, the US$ 11 000 000.00 gap", async () => {
    const { code, out, err } = await report([]);
    expect(code).toBe(0);
    expect(err).toBe("");
    expect(out).toContain("DSS has 1 830 posts, 1 536 filled (84 %) and 294 vacant");
    expect(out).toContain("may face a funding\ngap of US$ 11 000 000.00");
    expect(out).toContain("✓ reconciled  filled posts: 1536 = A/61/531, ¶41");
  });

  it("shows the ¶19/¶41 disagreement as such, and nothing else disagrees", async () => {
    const { out } = await report(["--format", "json"]);
    const model = JSON.parse(out) as {
      sections: Array<{
        blocks: Array<{
          kind: string;
          checks?: Array<{ status: string; figure: string; computed: string; printed: string }>;
        }>;
      }>;
    };
    const checks = model.sections.flatMap((section) => section.blocks.flatMap((block) => block.checks ?? []));
    expect(checks.length).toBeGreaterThan(40);
    const disagreeing = checks.filter((check) => check.status === "disagrees");
    expect(disagreeing).toEqual([expect.objectContaining({ computed: "404", printed: "467" })]);
  });

  it("prints each unit's fill rate with the decimals the report prints for it (¶21: 53.3, not 53)", async () => {
    const model = await reportModel();
    const unitTable = model.sections
      .flatMap((section) => section.blocks)
      .find((block) => block.table?.headers.join() === "unit,posts,filled,fill %")?.table;
    const rateOf = (unit: string) => unitTable?.rows.find((row) => row[0]?.trim() === unit)?.[3];
    expect(rateOf("Field Support Service")).toBe("53.3");
    const printed = ReferenceData.unitFillFigures.filter(
      (figure) => figure.printed !== null && rateOf(figure.unit) !== undefined,
    );
    expect(printed.length).toBeGreaterThanOrEqual(4);
    for (const figure of printed) expect(rateOf(figure.unit), figure.unit).toBe(figure.printed);
  });

  it("says what ¶38 says of the new posts, and cites it alone", async () => {
    const text = textOf(await reportModel(), "new-posts");
    expect(text).toContain("at most duty stations the daily shift was shortened from 12 to 8 hours");
    expect(text).toContain("(¶38)");
    expect(text).not.toMatch(/¶37|to move from/);
  });

  it("cites the cost-sharing floor as its data does", async () => {
    const { citation } = CostSharing.formula2005;
    const text = textOf(await reportModel(), "cost-sharing");
    expect(text).toContain(citation.document);
    expect(text).toContain(citation.location);
  });

  it("prints Table 2's stations as the report names them, beside the city that keys each row", async () => {
    const model = await reportModel();
    const table = model.sections
      .filter((section) => section.id === "passes")
      .flatMap((section) => section.blocks.flatMap((block) => (block.table === undefined ? [] : [block.table])))[0];
    expect(table?.rows.map((row) => row[0])).toEqual([
      "New York",
      "Geneva",
      "Vienna",
      "Nairobi",
      "ECA (Addis Ababa)",
      "ESCAP (Bangkok)",
      "ECLAC (Santiago)",
      "ESCWA (Beirut)",
      "total",
    ]);
  });

  it("fits 80 columns and has no colour unless told", async () => {
    const { out } = await report([]);
    for (const line of out.split("\n")) expect([...line].length, line).toBeLessThanOrEqual(80);
    expect(out).not.toMatch(ANSI);
    expect((await report([], true)).out).toMatch(ANSI);
  });

  it("--format json carries the headline figures", async () => {
    const { code, out } = await report(["--format", "json"]);
    expect(code).toBe(0);
    expect(JSON.parse(out).figures).toEqual({
      posts: 1830,
      filled: 1536,
      vacant: 294,
      fillRate: "84",
      fundingGap: "11000000.00",
      currency: "USD",
    });
    const viaGlobal = await run(["--json", "report"], fakeIo().io);
    expect(viaGlobal).toBe(0);
  });

  it("--format md is Markdown with the report's tables", async () => {
    const { code, out } = await report(["--format", "md"]);
    expect(code).toBe(0);
    expect(out).toMatch(/^# unsms report/);
    expect(out).toContain("| **total** | **1830** | **1536** | **84** |");
    expect(out).toContain("≠ **disagrees**");
  });

  it("--format html is one self-contained file with every picture inline", async () => {
    const { code, out } = await report(["--format", "html"]);
    expect(code).toBe(0);
    expect(out).toMatch(/^<!doctype html>/);
    expect(out).not.toMatch(/<script|<link|<img|src=|href=|url\(http/i);
    expect(out.match(/<svg /g)).toHaveLength(5);
    const ids = [...out.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size, "ids are unique in the page").toBe(ids.length);
  });

  it("an unknown format is a usage error (exit 2)", async () => {
    const { code, err } = await report(["--format", "pdf"]);
    expect(code).toBe(2);
    expect(err).toContain("--format must be one of text, md, html, json");
  });

  it("an unknown format is a usage error under --json too (exit 2, nothing on stdout)", async () => {
    const { code, err, out } = await report(["--json", "--format", "nope"]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(JSON.parse(err).error.code).toBe("UsageError");
    expect(JSON.parse(err).error.message).toContain("--format must be one of text, md, html, json");
  });
});

describe("unsms pictures", () => {
  it("a folder it cannot write is an exit-2 error naming the file, not an internal error", async () => {
    const { io, stderr } = fakeIo();
    expect(await run(["pictures", "--out", "/missing/pics", "--json"], io)).toBe(2);
    const { error } = JSON.parse(stderr()) as {
      error: { code: string; message: string; issues: Array<{ path: string }> };
    };
    expect(error.code).toBe("InputError");
    expect(error.message).toMatch(/^cannot write "\/missing\/pics\/[a-z-]+\.svg" \(no such file\)$/);
    expect(error.issues[0]?.path).toBe("--out");
  });

  it("writes five SVGs, the same bytes every time", async () => {
    const first = fakeIo();
    expect(await run(["pictures", "--out", "pics/"], first.io)).toBe(0);
    const second = fakeIo();
    await run(["pictures", "--out", "pics"], second.io);
    expect(Object.keys(first.written).sort()).toEqual([
      "pics/accountability.svg",
      "pics/cost-sharing.svg",
      "pics/duty-stations.svg",
      "pics/org-chart.svg",
      "pics/risk-matrix.svg",
    ]);
    expect(second.written).toEqual(first.written);
    for (const svg of Object.values(first.written))
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="\d+(\.\d)?" height="\d+(\.\d)?"/);
    expect(first.written["pics/org-chart.svg"]).toContain("1 830 posts");
    // the rates read as the report prints them: ¶21's 53.3 for the Field Support Service
    expect(first.written["pics/org-chart.svg"]).toContain("16 filled (53.3 %)");
    expect(first.written["pics/org-chart.svg"]).toContain("1 536 filled (84 %)");
    expect(first.written["pics/cost-sharing.svg"]).toContain("11 000 000.00");
  });
});

describe("subcommand help", () => {
  it("shows the global options, --json among them", async () => {
    const { io, stdout } = fakeIo();
    expect(await run(["cost-share", "--help"], io)).toBe(0);
    expect(stdout()).toMatch(/Global Options:[\s\S]*--json/);
  });
});
