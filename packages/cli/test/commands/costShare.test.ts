import { fc, test } from "@fast-check/vitest";
import { run } from "@unsms/cli";
import { describe, expect, it } from "vitest";
import { example as sample } from "../support/example";
import { fakeIo } from "../support/fakeIo";

const example = (name: string): string => sample(`cost-sharing/${name}`);

/** Two organizations of one person each sharing US$ 100.00: the smallest request with an odd cent. */
const twoOfOne = {
  currency: "USD",
  total: "100.00",
  participants: [
    { id: "A", headcount: 1 },
    { id: "B", headcount: 1 },
  ],
};

interface Response {
  currency: string;
  total: string;
  shares: Array<{
    id: string;
    headcount: number;
    amount: string;
    basis: string;
    explanation?: { leftoverUnit: boolean; remainderRank?: number };
  }>;
  funding?: {
    gap: string;
    surplus: string;
    hasGap: boolean;
    arrears: Array<{ id: string; arrears: string; overpaid: string }>;
  };
}

describe("unsms cost-share", () => {
  it("apportions the sample request exactly, shares in input order (exit 0)", async () => {
    const { io, stdout } = fakeIo({ "request.json": example("request.json") });
    expect(await run(["cost-share", "--input", "request.json", "--json"], io)).toBe(0);
    const response = JSON.parse(stdout()) as Response;
    expect(response.currency).toBe("USD");
    expect(response.total).toBe("200000000.00");
    const request = JSON.parse(example("request.json")) as { participants: Array<{ id: string }> };
    expect(response.shares.map((share) => share.id)).toEqual(request.participants.map((participant) => participant.id));
    expect(response.shares.find((share) => share.id === "World Bank")?.amount).toBe("11000000.00");
    const cents = response.shares.reduce((sum, share) => sum + BigInt(share.amount.replace(".", "")), 0n);
    expect(cents).toBe(20_000_000_000n);
  });

  it("the World Bank withholding US$ 11 million leaves a gap of 11 000 000.00 (exit 1)", async () => {
    const { io, stdout } = fakeIo({ "withheld.json": example("withheld.json") });
    expect(await run(["cost-share", "--input", "withheld.json", "--json"], io)).toBe(1);
    const response = JSON.parse(stdout()) as Response;
    expect(response.funding?.gap).toBe("11000000.00");
    expect(response.funding?.arrears.find((row) => row.id === "World Bank")?.arrears).toBe("11000000.00");
    const text = fakeIo({ "withheld.json": example("withheld.json") });
    expect(await run(["cost-share", "--input", "withheld.json"], text.io)).toBe(1);
    expect(text.stdout()).toContain("funding gap USD 11000000.00");
  });

  it("reads the request from stdin and prints a readable table", async () => {
    const { io, stdout } = fakeIo({}, example("request.json"));
    expect(await run(["cost-share"], io)).toBe(0);
    expect(stdout()).toContain("World Bank");
    expect(stdout()).toContain("11000000.00");
  });

  it("CSV in, CSV out, with a US$ 75 000 floor", async () => {
    const { io, stdout } = fakeIo({ "headcounts.csv": example("headcounts.csv") });
    const code = await run(
      [
        "cost-share",
        "--csv",
        "headcounts.csv",
        "--total",
        "200000000.00",
        "--currency",
        "USD",
        "--minimum",
        "75000.00",
        "--csv-out",
        "--explain",
      ],
      io,
    );
    expect(code).toBe(0);
    const lines = stdout().trim().split("\n");
    expect(lines[0]).toBe(
      "id,headcount,amount,currency,percentage,basis,quota_minor_units,remainder_rank,leftover_unit",
    );
    const unu = lines.find((line) => line.startsWith("UNU,"));
    expect(unu).toContain(",75000.00,USD,");
    expect(unu).toContain(",minimum,");
    const cents = lines.slice(1).reduce((sum, line) => sum + BigInt((line.split(",")[2] ?? "0").replace(".", "")), 0n);
    expect(cents).toBe(20_000_000_000n);
  });

  it("explanations only with --explain, in JSON, CSV and the table", async () => {
    const plain = fakeIo({ "request.json": example("request.json") });
    expect(await run(["cost-share", "--input", "request.json", "--json"], plain.io)).toBe(0);
    expect((JSON.parse(plain.stdout()) as Response).shares.some((share) => share.explanation !== undefined)).toBe(
      false,
    );
    const explained = fakeIo({ "request.json": example("request.json") });
    expect(await run(["cost-share", "--input", "request.json", "--json", "--explain"], explained.io)).toBe(0);
    expect((JSON.parse(explained.stdout()) as Response).shares[1]?.explanation?.remainderRank).toBe(2);
    const csv = fakeIo({ "headcounts.csv": example("headcounts.csv") });
    expect(await run(["cost-share", "--csv", "headcounts.csv", "--total", "1000.00", "--csv-out"], csv.io)).toBe(0);
    expect(csv.stdout().split("\n")[0]).toBe("id,headcount,amount,currency,percentage,basis");
    const table = fakeIo({ "request.json": example("request.json") });
    expect(await run(["cost-share", "--input", "request.json"], table.io)).toBe(0);
    expect(table.stdout()).not.toContain("leftover unit");
  });

  it("an overpayment is a surplus: exit 0, no negative gap (issue 16)", async () => {
    const request = { ...twoOfOne, payments: [{ id: "A", paid: "106.67" }] };
    const json = fakeIo({ "r.json": JSON.stringify(request) });
    expect(await run(["cost-share", "--input", "r.json", "--json"], json.io)).toBe(0);
    const funding = (JSON.parse(json.stdout()) as Response).funding;
    expect([funding?.gap, funding?.surplus, funding?.hasGap]).toEqual(["0.00", "56.67", false]);
    expect(funding?.arrears.map((row) => [row.id, row.arrears, row.overpaid])).toEqual([
      ["A", "0.00", "56.67"],
      ["B", "0.00", "0.00"],
    ]);
    const text = fakeIo({ "r.json": JSON.stringify(request) });
    expect(await run(["cost-share", "--input", "r.json"], text.io)).toBe(0);
    expect(text.stdout()).toContain("no funding gap, surplus USD 56.67");
    expect(text.stdout()).not.toContain("-56.67");
  });

  it("negative payments and withholdings above the share exit 2 with their paths (issue 16)", async () => {
    for (const [payment, path] of [
      [{ id: "A", paid: "-1.00" }, "$.payments[0].paid"],
      [{ id: "A", withheld: "-1.00" }, "$.payments[0].withheld"],
      [{ id: "A", withheld: "50.01" }, "$.payments[0].withheld"],
    ] as const) {
      const request = { ...twoOfOne, payments: [payment] };
      const { io, stderr } = fakeIo({ "r.json": JSON.stringify(request) });
      expect(await run(["cost-share", "--input", "r.json", "--json"], io)).toBe(2);
      expect(JSON.parse(stderr()).error.issues[0].path).toBe(path);
    }
  });

  it("--csv-out neutralizes cells a spreadsheet would read as formulas, and keeps negative amounts as numbers (issue 16)", async () => {
    const csv = 'id,headcount\n"=HYPERLINK(""http://x"")",1\n+1,1\n-A,1\n@SUM(A1),1\nUNDP,1\n';
    const { io, stdout } = fakeIo({ "h.csv": csv });
    expect(await run(["cost-share", "--csv", "h.csv", "--total", "-5.00", "--csv-out"], io)).toBe(0);
    const lines = stdout().trim().split("\n").slice(1);
    expect(lines.map((line) => line.split(",")[0])).toEqual([
      '"\'=HYPERLINK(""http://x"")"',
      "'+1",
      "'-A",
      "'@SUM(A1)",
      "UNDP",
    ]);
    expect(lines.map((line) => line.split(",")[2])).toEqual(["-1.00", "-1.00", "-1.00", "-1.00", "-1.00"]);
  });

  it("conflicting options are refused: --csv with --input, --total with a whole request, --currency/--minimum without --total (issue 16)", async () => {
    for (const args of [
      ["--csv", "h.csv", "--input", "r.json", "--total", "1.00"],
      ["--input", "r.json", "--total", "1.00"],
      ["--input", "r.json", "--currency", "EUR"],
      ["--input", "r.json", "--minimum", "1.00"],
    ]) {
      const { io, stderr, stdout } = fakeIo({ "h.csv": "id,headcount\nA,1\n", "r.json": example("request.json") });
      expect(await run(["cost-share", ...args, "--json"], io)).toBe(2);
      expect(JSON.parse(stderr()).error.code).toBe("UsageError");
      expect(stdout()).toBe("");
    }
  });

  it("--json writes the answer in chunks, exactly the JSON of costShare", async () => {
    const participants = Array.from({ length: 3000 }, (_, i) => ({ id: `ORG-${i}`, headcount: (i * 7919) % 5000 }));
    const request = {
      currency: "USD",
      total: "400000000.00",
      participants,
      payments: [{ id: "ORG-1", withheld: "1.00" }],
    };
    const { io, stdout } = fakeIo({ "r.json": JSON.stringify(request) });
    expect(await run(["cost-share", "--input", "r.json", "--json"], io)).toBe(1);
    const response = JSON.parse(stdout()) as Response;
    expect(response.shares).toHaveLength(3000);
    expect(response.funding?.gap).toBe("1.00");
    expect(response.shares.reduce((sum, share) => sum + BigInt(share.amount.replace(".", "")), 0n)).toBe(
      40_000_000_000n,
    );
  });

  it("--json waits for standard output to drain between chunks", async () => {
    const participants = Array.from({ length: 3000 }, (_, i) => ({ id: `ORG-${i}`, headcount: i + 1 }));
    const base = fakeIo({ "r.json": JSON.stringify({ currency: "USD", total: "1000.00", participants }) });
    const out: Array<string> = [];
    let drains = 0;
    let full = false;
    const io = {
      ...base.io,
      stdout: (text: string) => {
        expect(full).toBe(false); // nothing is written while the buffer is full
        out.push(text);
        full = true;
        return false;
      },
      drain: async () => {
        drains++;
        await new Promise((resolve) => setTimeout(resolve, 0));
        full = false;
      },
    };
    expect(await run(["cost-share", "--input", "r.json", "--json"], io)).toBe(0);
    expect(drains).toBeGreaterThan(3);
    expect((JSON.parse(out.join("")) as Response).shares).toHaveLength(3000);
  });

  it("CSV in, JSON out", async () => {
    const { io, stdout } = fakeIo({ "headcounts.csv": example("headcounts.csv") });
    expect(await run(["cost-share", "--csv", "headcounts.csv", "--total", "1000.00", "--json"], io)).toBe(0);
    expect((JSON.parse(stdout()) as Response).shares).toHaveLength(11);
  });

  it("bad input exits 2 with the path of the problem", async () => {
    const bad = fakeIo({
      "bad.json": JSON.stringify({ currency: "USD", total: "1.00", participants: [{ id: "A", headcount: -1 }] }),
    });
    expect(await run(["cost-share", "--input", "bad.json", "--json"], bad.io)).toBe(2);
    expect(JSON.parse(bad.stderr()).error.issues[0].path).toBe("$.participants[0].headcount");
    const csv = fakeIo({ "h.csv": "id,headcount\nA,1.5\n" });
    expect(await run(["cost-share", "--csv", "h.csv", "--total", "1.00", "--json"], csv.io)).toBe(2);
    expect(JSON.parse(csv.stderr()).error.issues[0].path).toBe("$.participants[0].headcount");
    const noTotal = fakeIo({ "h.csv": "id,headcount\nA,1\n" });
    expect(await run(["cost-share", "--csv", "h.csv", "--json"], noTotal.io)).toBe(2);
    const floor = fakeIo({
      // two minimums of 75 000.00 are more than the 100 000.00 to share
      "f.json": JSON.stringify({ ...twoOfOne, total: "100000.00", formula: { kind: "floor", minimum: "75000.00" } }),
    });
    expect(await run(["cost-share", "--input", "f.json", "--json"], floor.io)).toBe(2);
    expect(JSON.parse(floor.stderr()).error.code).toBe("FormulaNotMet");
    const decimals = fakeIo({
      "d.json": JSON.stringify({ currency: "JPY", total: "1.5", participants: [{ id: "A", headcount: 1 }] }),
    });
    expect(await run(["cost-share", "--input", "d.json", "--json"], decimals.io)).toBe(2);
  });

  it("unsms schema cost-share prints the request's JSON Schema", async () => {
    const { io, stdout } = fakeIo();
    expect(await run(["schema", "cost-share"], io)).toBe(0);
    const schema = JSON.parse(stdout()) as { type: string; required: Array<string> };
    expect(schema.type).toBe("object");
    expect(schema.required).toEqual(["currency", "total", "participants"]);
  });

  test.prop(
    [
      fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 12 }),
      fc.bigInt({ min: 0n, max: 10n ** 15n }),
    ],
    { numRuns: 100 },
  )("JSON round trip: amounts have two decimals and add up to the total", async (headcounts, cents) => {
    fc.pre(headcounts.some((h) => h > 0));
    const total = `${cents / 100n}.${String(cents % 100n).padStart(2, "0")}`;
    const request = {
      currency: "USD",
      total,
      participants: headcounts.map((headcount, i) => ({ id: `ORG${i}`, headcount })),
    };
    const { io, stdout } = fakeIo({}, JSON.stringify(request));
    expect(await run(["cost-share", "--json"], io)).toBe(0);
    const response = JSON.parse(stdout()) as Response;
    expect(response.shares.every((share) => /^\d+\.\d{2}$/.test(share.amount))).toBe(true);
    expect(response.shares.reduce((sum, share) => sum + BigInt(share.amount.replace(".", "")), 0n)).toBe(cents);
  });
});

describe("--csv that csv-parse refuses: line, field and csv-parse's code, never the file", () => {
  const csvError = async (csv: string) => {
    const { io, stderr } = fakeIo({ "in.csv": csv });
    expect(await run(["--json", "cost-share", "--csv", "in.csv", "--total", "1.00"], io)).toBe(2);
    return (JSON.parse(stderr()) as { error: { message: string; issues: Array<{ path: string; received: string }> } })
      .error;
  };
  const secret = "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

  it("a secrets file is not echoed: its line and the header are not in the error", async () => {
    const error = await csvError(`${secret}"x\n`);
    expect(error.message).toBe(
      'in.csv is not CSV: a quote inside an unquoted field (INVALID_OPENING_QUOTE) at line 1, field 1, found "AWS_SECRET"…',
    );
    expect(error.issues[0]?.path).toBe("--csv");
    const inconsistent = await csvError(`id,headcount\n${secret}\n`);
    expect(inconsistent.message).toBe(
      "in.csv is not CSV: a record of 1 field where the header has 2 (CSV_RECORD_INCONSISTENT_COLUMNS) at line 2",
    );
    expect(JSON.stringify(inconsistent)).not.toContain("wJalr");
    expect(inconsistent.message).not.toContain("headcount");
  });

  test.prop([fc.string({ minLength: 11, maxLength: 200 }).filter((s) => !/["\r\n,]/.test(s) && s.trim() === s)])(
    "the error shows at most ten characters of the offending field, whatever its length",
    async (field) => {
      const error = await csvError(`id,headcount\n${field}"x,1\n`);
      expect(error.message.length).toBeLessThan(200);
      const excerpt = Array.from(field).slice(0, 10).join("");
      expect(error.message).toContain(`found ${JSON.stringify(excerpt)}…`);
      expect(error.message).not.toContain(JSON.stringify(Array.from(field).slice(0, 11).join("")).slice(0, -1));
    },
  );

  it("a 100 000-character field gives a short error; a missing --csv file is named by --csv", async () => {
    expect(JSON.stringify(await csvError(`id,headcount\n${"S".repeat(100_000)}"x,1\n`)).length).toBeLessThan(400);
    const { io, stderr } = fakeIo();
    expect(await run(["--json", "cost-share", "--csv", "/nonexist", "--total", "1.00"], io)).toBe(2);
    expect(JSON.parse(stderr()).error.issues[0].path).toBe("--csv");
  });
});
