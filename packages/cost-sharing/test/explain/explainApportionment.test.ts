import { test } from "@fast-check/vitest";
import { apportion, explainApportionment, formula2005 } from "@unsms/cost-sharing";
import { makeMoney, USD } from "@unsms/core";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { participantsArb, totalArb } from "../support/arbitraries";
import { staff } from "../support/staff";

describe("explainApportionment", () => {
  it("says why C gets the leftover cent over D: same remainder, C sorts first", () => {
    const shares = Result.getOrThrow(apportion(makeMoney(10n, USD), staff({ A: 50, B: 20, D: 15, C: 15 })));
    const [a, , d, c] = explainApportionment(shares);
    expect(c).toMatchObject({
      quota: { numerator: 150n, denominator: 100n },
      remainder: { numerator: 50n, denominator: 100n },
      remainderRank: 1,
      leftoverUnit: true,
    });
    expect(d).toMatchObject({ remainderRank: 2, leftoverUnit: false });
    expect(a).toMatchObject({
      floor: makeMoney(5n, USD),
      remainder: { numerator: 0n, denominator: 100n },
      leftoverUnit: false,
    });
    expect(c?.text).toContain("one leftover unit");
  });

  it("names the minimum and says why a participant without staff pays nothing", () => {
    const shares = Result.getOrThrow(
      apportion(makeMoney(100_000_000n, USD), staff({ Big: 1000, Tiny: 1, None: 0 }), formula2005.value),
    );
    const [, tiny, none] = explainApportionment(shares);
    expect(tiny).toMatchObject({ basis: "minimum", minimum: formula2005.value.minimum });
    expect(none?.text).toContain("no staff");
  });

  test.prop([totalArb, participantsArb()])(
    "floor + leftover unit is the amount, and exactly the top-ranked remainders got one",
    (total, participants) => {
      const shares = Result.getOrThrow(apportion(makeMoney(total, USD), participants));
      const explanations = explainApportionment(shares);
      const magnitude = total < 0n ? -total : total;
      const leftovers = explanations.filter((e) => e.leftoverUnit).length;
      for (const e of explanations) {
        if (e.basis !== "headcount") continue;
        const own = e.amount.minorUnits < 0n ? -e.amount.minorUnits : e.amount.minorUnits;
        const floor = (e.floor?.minorUnits ?? 0n) < 0n ? -(e.floor?.minorUnits ?? 0n) : (e.floor?.minorUnits ?? 0n);
        expect(own).toBe(floor + (e.leftoverUnit ? 1n : 0n));
        expect(e.leftoverUnit).toBe((e.remainderRank ?? 0) <= leftovers);
      }
      const floors = explanations.reduce((sum, e) => sum + (e.floor?.minorUnits ?? 0n), 0n);
      expect((floors < 0n ? -floors : floors) + BigInt(leftovers)).toBe(magnitude);
    },
  );
});
