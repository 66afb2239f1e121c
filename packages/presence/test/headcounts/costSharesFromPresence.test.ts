import { makeMoney, USD } from "@unsms/core";
import { apportion } from "@unsms/cost-sharing";
import { costSharesFromPresence, countHeadcounts, presenceCategories, type CountingRule } from "@unsms/presence";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { sampleRecords } from "../support/readExample";

const at = new Date("2006-06-30T12:00:00Z");

describe("costSharesFromPresence", () => {
  it("presence → headcounts → cost shares in one call from the sample file: US$ 1 000 000.00 over 10 staff", () => {
    const answer = Result.getOrThrow(costSharesFromPresence(sampleRecords(), at, makeMoney(100_000_000n, USD)));
    expect(answer.costShares.shares.map((s) => [s.id, s.headcount, s.amount])).toEqual([
      ["UNDP", 4, "400000.00"],
      ["UNHCR", 2, "200000.00"],
      ["UNICEF", 2, "200000.00"],
      ["WFP", 1, "100000.00"],
      ["WHO", 1, "100000.00"],
    ]);
    expect(answer.costShares.shares[0]?.explanation?.text).toMatch(
      /^4 counted \(staff present at any duty station at 2006-06-30T12:00:00.000Z, rule "staff present"\)\. /,
    );
  });

  it("gives what apportion gives over the same headcounts, to the cent, with a floor formula too", () => {
    const total = makeMoney(100_000_001n, USD);
    const formula = { kind: "floor" as const, minimum: makeMoney(15_000_000n, USD) };
    const answer = Result.getOrThrow(costSharesFromPresence(sampleRecords(), at, total, { formula }));
    const headcounts = Result.getOrThrow(countHeadcounts(sampleRecords(), at));
    const direct = Result.getOrThrow(apportion(total, headcounts.participants, formula));
    expect(answer.costShares.shares.map((s) => s.amount)).toEqual(
      direct.shares.map((s) => (Number(s.amount.minorUnits) / 100).toFixed(2)),
    );
    expect(answer.costShares.shares.reduce((sum, s) => sum + BigInt(s.amount.replace(".", "")), 0n)).toBe(100_000_001n);
  });

  it("nobody counted is cost-sharing's refusal, not a division by zero", () => {
    const result = costSharesFromPresence(sampleRecords(), new Date("2000-01-01T00:00:00Z"), makeMoney(100n, USD));
    expect(Result.isFailure(result)).toBe(true);
  });
});

describe("costSharesFromPresence with its options", () => {
  it("counts by the rule it is given, not the default", () => {
    const everyone: CountingRule = {
      name: "everyone",
      basis: "test",
      categories: [...presenceCategories],
      dutyStations: null,
    };
    const answer = Result.getOrThrow(
      costSharesFromPresence(sampleRecords(), at, makeMoney(1_700n, USD), { rule: everyone }),
    );
    expect(answer.headcounts.rule.name).toBe("everyone");
    expect(answer.headcounts.counted).toBe(17);
    expect(answer.costShares.shares.reduce((sum, s) => sum + s.headcount, 0)).toBe(17);
    expect(answer.costShares.shares[0]?.explanation?.text).toMatch(/ rule "everyone"\)\. /);
  });
});
