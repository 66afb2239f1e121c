import { readFileSync } from "node:fs";
import { fc, test } from "@fast-check/vitest";
import { run } from "@unsms/cli";
import { describe, expect, it } from "vitest";
import { fakeIo } from "../support/fakeIo";

const example = (name: string): string => readFileSync(new URL(`../../../../docs/examples/cost-sharing/${name}`, import.meta.url), "utf8");

interface Response {
  currency: string;
  total: string;
  shares: Array<{ id: string; headcount: number; amount: string; basis: string; explanation: { leftoverUnit: boolean } }>;
  funding?: { gap: string; arrears: Array<{ id: string; arrears: string }> };
}

describe("unsms cost-share", () => {
  it("apportions the sample request exactly, shares in input order (exit 0)", async () => {
    const { io, stdout } = fakeIo({ "request.json": example("request.json") });
    expect(await run(["cost-share", "--input", "request.json", "--json"], io)).toBe(0);
    const response = JSON.parse(stdout()) as Response;
    expect(response.currency).toBe("USD");
    expect(response.total).toBe("200000000.00");
    expect(response.shares.map((share) => share.id)).toEqual(["UN", "UNDP", "UNICEF", "WFP", "UNHCR", "World Bank", "WHO", "FAO"]);
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
    const code = await run(["cost-share", "--csv", "headcounts.csv", "--total", "200000000.00", "--currency", "USD", "--minimum", "75000.00", "--csv-out"], io);
    expect(code).toBe(0);
    const lines = stdout().trim().split("\n");
    expect(lines[0]).toBe("id,headcount,amount,currency,percentage,basis,quota_minor_units,remainder_rank,leftover_unit");
    const unu = lines.find((line) => line.startsWith("UNU,"));
    expect(unu).toContain(",75000.00,USD,");
    expect(unu).toContain(",minimum,");
    const cents = lines.slice(1).reduce((sum, line) => sum + BigInt((line.split(",")[2] ?? "0").replace(".", "")), 0n);
    expect(cents).toBe(20_000_000_000n);
  });

  it("CSV in, JSON out", async () => {
    const { io, stdout } = fakeIo({ "headcounts.csv": example("headcounts.csv") });
    expect(await run(["cost-share", "--csv", "headcounts.csv", "--total", "1000.00", "--json"], io)).toBe(0);
    expect((JSON.parse(stdout()) as Response).shares).toHaveLength(11);
  });

  it("bad input exits 2 with the path of the problem", async () => {
    const bad = fakeIo({ "bad.json": JSON.stringify({ currency: "USD", total: "1.00", participants: [{ id: "A", headcount: -1 }] }) });
    expect(await run(["cost-share", "--input", "bad.json", "--json"], bad.io)).toBe(2);
    expect(JSON.parse(bad.stderr()).error.issues[0].path).toBe("$.participants[0].headcount");
    const csv = fakeIo({ "h.csv": "id,headcount\nA,1.5\n" });
    expect(await run(["cost-share", "--csv", "h.csv", "--total", "1.00", "--json"], csv.io)).toBe(2);
    expect(JSON.parse(csv.stderr()).error.issues[0].path).toBe("$.participants[0].headcount");
    const noTotal = fakeIo({ "h.csv": "id,headcount\nA,1\n" });
    expect(await run(["cost-share", "--csv", "h.csv", "--json"], noTotal.io)).toBe(2);
    const floor = fakeIo({ "f.json": JSON.stringify({ currency: "USD", total: "100000.00", participants: [{ id: "A", headcount: 1 }, { id: "B", headcount: 1 }], formula: { kind: "floor", minimum: "75000.00" } }) });
    expect(await run(["cost-share", "--input", "f.json", "--json"], floor.io)).toBe(2);
    expect(JSON.parse(floor.stderr()).error.code).toBe("FormulaNotMet");
    const decimals = fakeIo({ "d.json": JSON.stringify({ currency: "JPY", total: "1.5", participants: [{ id: "A", headcount: 1 }] }) });
    expect(await run(["cost-share", "--input", "d.json", "--json"], decimals.io)).toBe(2);
  });

  it("unsms schema cost-share prints the request's JSON Schema", async () => {
    const { io, stdout } = fakeIo();
    expect(await run(["schema", "cost-share"], io)).toBe(0);
    const schema = JSON.parse(stdout()) as { type: string; required: Array<string> };
    expect(schema.type).toBe("object");
    expect(schema.required).toEqual(["currency", "total", "participants"]);
  });

  test.prop([fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 12 }), fc.bigInt({ min: 0n, max: 10n ** 15n })], { numRuns: 100 })(
    "JSON round trip: amounts have two decimals and add up to the total",
    async (headcounts, cents) => {
      fc.pre(headcounts.some((h) => h > 0));
      const total = `${cents / 100n}.${String(cents % 100n).padStart(2, "0")}`;
      const request = { currency: "USD", total, participants: headcounts.map((headcount, i) => ({ id: `ORG${i}`, headcount })) };
      const { io, stdout } = fakeIo({}, JSON.stringify(request));
      expect(await run(["cost-share", "--json"], io)).toBe(0);
      const response = JSON.parse(stdout()) as Response;
      expect(response.shares.every((share) => /^\d+\.\d{2}$/.test(share.amount))).toBe(true);
      expect(response.shares.reduce((sum, share) => sum + BigInt(share.amount.replace(".", "")), 0n)).toBe(cents);
    },
  );
});
