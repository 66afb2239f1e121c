import { readFileSync } from "node:fs";
import { fc, test } from "@fast-check/vitest";
import * as CostSharing from "@unsms/cost-sharing";
import { apportion, floorFormula, formula2002, formula2005, type Participant } from "@unsms/cost-sharing";
import { formatMoney, makeMoney, USD } from "@unsms/core";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { participantsArb } from "../support/arbitraries";
import { staff } from "../support/staff";

const usd = (units: bigint) => makeMoney(units, USD);

describe("the floor formula (April 2005, US$ 75 000)", () => {
  it("raises small shares to the minimum and shares the rest by headcount, repeatedly", () => {
    // US$ 1 000 000 among 100:100:10:5 staff: 10 and 5 fall below US$ 75 000.
    const result = Result.getOrThrow(
      apportion(usd(100_000_000n), staff({ UNDP: 100, WFP: 100, UNU: 10, ITC: 5 }), formula2005.value),
    );
    expect(result.shares.map((share) => [share.id, formatMoney(share.amount), share.basis])).toEqual([
      ["UNDP", "425000.00", "headcount"],
      ["WFP", "425000.00", "headcount"],
      ["UNU", "75000.00", "minimum"],
      ["ITC", "75000.00", "minimum"],
    ]);
    expect(formatMoney(result.pool)).toBe("850000.00");
  });

  it("a second round: raising one participant can push another below", () => {
    // US$ 1 000 000 by 60:26:14, minimum US$ 240 000. Round 1: 600 000, 260 000, 140 000, so C
    // pays the minimum; round 2: 760 000 by 60:26 gives B 229 767.44, below; round 3: A 520 000.
    const result = Result.getOrThrow(
      apportion(usd(100_000_000n), staff({ A: 60, B: 26, C: 14 }), floorFormula(usd(24_000_000n))),
    );
    expect(result.shares.map((share) => share.basis)).toEqual(["headcount", "minimum", "minimum"]);
    expect(result.shares.map((share) => formatMoney(share.amount))).toEqual(["520000.00", "240000.00", "240000.00"]);
  });

  it("no staff, no minimum; minimums beyond the total are an error", () => {
    const result = Result.getOrThrow(apportion(usd(100_000_000n), staff({ A: 5, B: 0 }), formula2005.value));
    expect(result.shares.map((share) => [formatMoney(share.amount), share.basis])).toEqual([
      ["1000000.00", "headcount"],
      ["0.00", "none"],
    ]);
    const failure = apportion(usd(10_000_000n), staff({ A: 1, B: 1 }), formula2005.value);
    expect(Result.isFailure(failure) && failure.failure._tag).toBe("FormulaNotMet");
  });

  test.prop([fc.bigInt({ min: 0n, max: 10n ** 14n }), participantsArb(25), fc.bigInt({ min: 0n, max: 10n ** 9n })])(
    "floors are honoured and the shares still add up",
    (total, participants, floor) => {
      const result = apportion(usd(total), participants, floorFormula(usd(floor)));
      const withStaff = participants.filter((p) => p.headcount > 0).length;
      if (Result.isFailure(result)) {
        expect(result.failure._tag).toBe("FormulaNotMet");
        expect(BigInt(withStaff) * floor > total).toBe(true);
        return;
      }
      const shares = result.success.shares;
      expect(shares.reduce((sum, share) => sum + share.amount.minorUnits, 0n)).toBe(total);
      shares.forEach((share, index) => {
        if ((participants[index] as Participant).headcount > 0) expect(share.amount.minorUnits >= floor).toBe(true);
        else expect(share.amount.minorUnits).toBe(0n);
        if (share.basis === "minimum") expect(share.amount.minorUnits).toBe(floor);
      });
    },
  );

  test.prop([fc.bigInt({ min: 0n, max: 10n ** 6n }), participantsArb(25), fc.bigInt({ min: 1n, max: 10n ** 5n })])(
    "on the minimum: exactly those a plain iteration on exact shares raises; everyone else's exact share is at least it",
    (total, participants, floor) => {
      // the oracle: raise every participant with staff whose exact share of what is left is
      // below the minimum, and again, until nobody is (quadratic, and plain)
      const raised = new Set<number>();
      for (let more = true; more;) {
        const left = total - BigInt(raised.size) * floor;
        let rest = 0n;
        participants.forEach((p, i) => {
          if (p.headcount > 0 && !raised.has(i)) rest += BigInt(p.headcount);
        });
        const below = participants.flatMap((p, i) =>
          p.headcount > 0 && !raised.has(i) && left * BigInt(p.headcount) < floor * rest ? [i] : [],
        );
        below.forEach((i) => raised.add(i));
        more = below.length > 0;
      }
      const result = apportion(usd(total), participants, floorFormula(usd(floor)));
      if (Result.isFailure(result)) {
        expect(BigInt(raised.size) * floor > total).toBe(true);
        return;
      }
      const onMinimum = result.success.shares.flatMap((share, i) => (share.basis === "minimum" ? [i] : []));
      expect(onMinimum).toEqual([...raised].sort((a, b) => a - b));
      const { pool, poolHeadcount } = result.success;
      participants.forEach((p, i) => {
        if (p.headcount > 0 && !raised.has(i))
          expect(pool.minorUnits * BigInt(p.headcount) >= floor * BigInt(poolHeadcount)).toBe(true);
      });
    },
  );

  it("raises that cascade one at a time are found in one pass (the rounding used to take a round each)", () => {
    // 2 000 participants of one person each: US$ 20 000 less a cent by a US$ 10 floor gives
    // each an exact share a little below US$ 10, so all would pay it, and that is more than the
    // total; with the cent back, each exact share is US$ 10 and nobody is raised
    const participants = Array.from({ length: 2000 }, (_, i) => ({
      id: `P${String(i).padStart(4, "0")}`,
      headcount: 1,
    }));
    const short = apportion(usd(1_999_999n), participants, floorFormula(usd(1_000n)));
    expect(Result.isFailure(short) && short.failure.message).toBe(
      "the minimums alone (2000000 minor units) exceed the total (1999999 minor units)",
    );
    const exact = Result.getOrThrow(apportion(usd(2_000_000n), participants, floorFormula(usd(1_000n))));
    expect(new Set(exact.shares.map((share) => `${share.amount.minorUnits} ${share.basis}`))).toEqual(
      new Set(["1000 headcount"]),
    );
  });

  test.prop([fc.bigInt({ min: 0n, max: 10n ** 14n }), participantsArb(25)])(
    "a zero minimum is the proportional formula",
    (total, participants) => {
      const floored = Result.getOrThrow(apportion(usd(total), participants, floorFormula(usd(0n))));
      const plain = Result.getOrThrow(apportion(usd(total), participants));
      expect(floored.shares.map((s) => s.amount.minorUnits)).toEqual(plain.shares.map((s) => s.amount.minorUnits));
    },
  );
});

describe("the tiers formula (2002–2003)", () => {
  it("under 0.5 % pays US$ 25 000, 0.5–1 % US$ 100 000, the rest by headcount", () => {
    // 10 000 staff: 40 is 0.4 %, 50 is exactly 0.5 %, 99 is 0.99 %, 100 is 1 %
    const participants = staff({ Small: 40, Edge: 50, Mid: 99, One: 100, Big: 9711 });
    const result = Result.getOrThrow(apportion(usd(6_900_000_000n), participants, formula2002.value));
    expect(result.shares.map((share) => [share.id, share.basis, share.tier, formatMoney(share.amount)])).toEqual([
      ["Small", "tier", 0, "25000.00"],
      ["Edge", "tier", 1, "100000.00"],
      ["Mid", "tier", 1, "100000.00"],
      ["One", "headcount", undefined, "700998.88"],
      ["Big", "headcount", undefined, "68074001.12"],
    ]);
    expect(result.shares.reduce((sum, s) => sum + s.amount.minorUnits, 0n)).toBe(6_900_000_000n);
  });

  it("flat amounts beyond the total are an error; bad tiers are an InvalidFormula", () => {
    const tooSmall = apportion(usd(100n), staff({ A: 1, B: 1000 }), formula2002.value);
    expect(Result.isFailure(tooSmall) && tooSmall.failure._tag).toBe("FormulaNotMet");
    const decreasing = apportion(usd(100n), [{ id: "A", headcount: 1 }], {
      kind: "tiers",
      tiers: [
        { below: { numerator: 1n, denominator: 100n }, amount: usd(1n) },
        { below: { numerator: 1n, denominator: 200n }, amount: usd(1n) },
      ],
    });
    expect(Result.isFailure(decreasing) && decreasing.failure._tag).toBe("InvalidFormula");
  });

  test.prop([fc.bigInt({ min: 0n, max: 10n ** 14n }), participantsArb(25)])(
    "tier shares add up, and each tier pays its flat amount",
    (total, participants) => {
      const result = apportion(usd(total), participants, formula2002.value);
      if (Result.isFailure(result)) {
        // refused only when the flat amounts may exceed the total: every participant paying the
        // largest flat amount (US$ 100 000.00) would ask more than it
        expect(result.failure._tag).toBe("FormulaNotMet");
        expect(BigInt(participants.length) * 10_000_000n > total).toBe(true);
        return;
      }
      expect(result.success.shares.reduce((sum, s) => sum + s.amount.minorUnits, 0n)).toBe(total);
      for (const share of result.success.shares) {
        if (share.basis === "tier") expect(share.amount).toEqual(formula2002.value.tiers[share.tier ?? -1]?.amount);
      }
    },
  );
});

describe("the formulas' edges (each test fails on a mutant that the others let through)", () => {
  const tier = (numerator: bigint, denominator: bigint, amount: bigint) => ({
    below: { numerator, denominator },
    amount: usd(amount),
  });
  const failureOf = <A, E>(result: Result.Result<A, E>): E | undefined =>
    Result.isFailure(result) ? result.failure : undefined;

  it("tiers with an equal threshold are refused at the second one's `below`", () => {
    const equal = failureOf(
      apportion(usd(100n), staff({ A: 1 }), { kind: "tiers", tiers: [tier(1n, 100n, 1n), tier(2n, 200n, 1n)] }),
    );
    expect(equal && "path" in equal && [equal._tag, equal.path]).toEqual([
      "InvalidFormula",
      "$.formula.tiers[1].below",
    ]);
  });

  it("a minimum or a tier amount of −1 is refused; 0 is an amount", () => {
    const minimum = failureOf(apportion(usd(100n), staff({ A: 1 }), floorFormula(usd(-1n))));
    expect(minimum && "path" in minimum && [minimum.path, minimum.expected]).toEqual([
      "$.formula.minimum",
      "an amount of 0 or more",
    ]);
    const amount = failureOf(apportion(usd(100n), staff({ A: 1 }), { kind: "tiers", tiers: [tier(1n, 2n, -1n)] }));
    expect(amount && "path" in amount && amount.path).toBe("$.formula.tiers[0].amount");
    expect(Result.isSuccess(apportion(usd(100n), staff({ A: 1 }), floorFormula(usd(0n))))).toBe(true);
  });

  it("a participant with no staff is in no tier: it pays nothing", () => {
    // 10 of 1 010 staff is below 1 %; a participant of 0 staff is too, but pays no tier
    const result = Result.getOrThrow(
      apportion(usd(100_000n), staff({ A: 0, B: 10, C: 1000 }), { kind: "tiers", tiers: [tier(1n, 100n, 500n)] }),
    );
    expect(result.shares.map((share) => [share.id, share.amount.minorUnits, share.basis, share.tier])).toEqual([
      ["A", 0n, "none", undefined],
      ["B", 500n, "tier", 0],
      ["C", 99_500n, "headcount", undefined],
    ]);
  });

  it("when every participant with staff pays a flat amount, what is left is a FormulaNotMet, not lost", () => {
    // both are below 100 % of the headcount: each pays 10.00 and 0.80 has nobody to go to
    const left = failureOf(
      apportion(usd(2_080n), staff({ A: 1, B: 1 }), { kind: "tiers", tiers: [tier(1n, 1n, 1_000n)] }),
    );
    expect(left && "message" in left && [left._tag, left.message]).toEqual([
      "FormulaNotMet",
      "after the flat tier amounts, 80 minor units are left and nobody shares them by headcount",
    ]);
  });

  test.prop([
    fc.bigInt({ min: 0n, max: 10n ** 14n }),
    participantsArb(25),
    fc.constantFrom(formula2002.value, formula2005.value),
  ])(
    "a surplus returned is shared symmetrically under every formula: the shares of −T are those of T negated",
    (total, participants, formula) => {
      const forward = apportion(usd(total), participants, formula);
      const back = apportion(usd(-total), participants, formula);
      expect(Result.isSuccess(back)).toBe(Result.isSuccess(forward));
      if (Result.isSuccess(forward) && Result.isSuccess(back)) {
        expect(back.success.shares.map((share) => share.amount.minorUnits)).toEqual(
          forward.success.shares.map((share) => -share.amount.minorUnits),
        );
        expect(back.success.pool.minorUnits).toBe(-forward.success.pool.minorUnits);
      }
    },
  );
});

describe("the historical formulas' sources", () => {
  it("each is cited to its own source and year, not to resolution 56/255 or unnamed later sources", () => {
    expect(formula2005.citation).toMatchObject({ document: "CEB/2005/HLCM/R.4", year: 2005 });
    expect(formula2002.citation.document).toContain("High-Level Committee on Management (HLCM), sixth session");
    expect(formula2002.citation.year).toBe(2003);
    for (const { citation } of [formula2005, formula2002]) {
      expect(citation.document).not.toContain("56/255");
      expect(citation.note).not.toContain("later public UN sources");
      expect(citation.note).toContain("the project's reading");
    }
  });
});

describe("the guide's table of formulas", () => {
  // docs/guides/cost-sharing.md, "Formulas are policy values": the value column is what a
  // reader passes as the formula, so each expression in it must be a formula `apportion` takes
  const guide = readFileSync(new URL("../../../../docs/guides/cost-sharing.md", import.meta.url), "utf8");
  const valueColumn = guide
    .slice(guide.indexOf("| formula | value | source |"))
    .split("\n")
    .slice(2)
    .filter((line, index, lines) => lines.slice(0, index + 1).every((before) => before.startsWith("|")))
    .map((line) => line.split("|")[2] ?? "");
  const expressions = valueColumn.flatMap((cell) => [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? ""));
  const exports: Readonly<Record<string, unknown>> = CostSharing;

  /** `name`, `name.field…` or `name(minimum)` over the package's exports; a minimum of US$ 75 000. */
  const evaluate = (expression: string): unknown => {
    const call = /^(\w+)\(minimum\)$/.exec(expression);
    if (call !== null) {
      const make = exports[call[1] ?? ""];
      return typeof make === "function" ? (make as (minimum: unknown) => unknown)(usd(7_500_000n)) : undefined;
    }
    return expression
      .split(".")
      .reduce<unknown>(
        (value, key) =>
          value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined,
        exports,
      );
  };

  it("names formulas, never their Cited wrappers: `formula2005.value`, not `formula2005`", () => {
    expect(expressions).toEqual([
      "proportionalFormula",
      "formula2005.value",
      "floorFormula(minimum)",
      "formula2002.value",
    ]);
    for (const expression of expressions) {
      const result = apportion(usd(100_000_000n), staff({ UNDP: 200, UNU: 10 }), evaluate(expression) as never);
      expect([expression, Result.isSuccess(result)]).toEqual([expression, true]);
    }
  });
});
