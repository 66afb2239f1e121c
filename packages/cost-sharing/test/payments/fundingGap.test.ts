import { fc, test } from "@fast-check/vitest";
import { apportion, fundingGap, runScenario, type Payment, type Share } from "@unsms/cost-sharing";
import { EUR, formatMoney, makeMoney, USD } from "@unsms/core";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { participantsArb } from "../support/arbitraries";
import { staff } from "../support/staff";

const usd = (units: bigint) => makeMoney(units, USD);

describe("fundingGap", () => {
  it("A/61/531 ¶53: the World Bank withholds US$ 11 million, the gap is US$ 11 million", () => {
    const shares = Result.getOrThrow(
      apportion(usd(20_000_000_000n), staff({ UNDP: 6000, "World Bank": 1100, WFP: 2900 })),
    );
    const gap = Result.getOrThrow(fundingGap(shares, [{ id: "World Bank", withheld: usd(1_100_000_000n) }]));
    expect(formatMoney(gap.gap)).toBe("11000000.00");
    expect(
      gap.rows.map((row) => [row.id, formatMoney(row.due), formatMoney(row.paid), formatMoney(row.arrears)]),
    ).toEqual([
      ["UNDP", "120000000.00", "120000000.00", "0.00"],
      ["World Bank", "22000000.00", "11000000.00", "11000000.00"],
      ["WFP", "58000000.00", "58000000.00", "0.00"],
    ]);
  });

  it("unknown and repeated ids and foreign currencies are listed", () => {
    const shares = Result.getOrThrow(apportion(usd(100n), [{ id: "A", headcount: 1 }]));
    const result = fundingGap(shares, [
      { id: "B", paid: usd(1n) },
      { id: "A", paid: usd(1n) },
      { id: "A", paid: usd(1n) },
    ]);
    expect(Result.isFailure(result) && result.failure.issues.map((issue) => issue.path)).toEqual([
      "$.payments[0].id",
      "$.payments[2].id",
    ]);
    const foreign = fundingGap(shares, [{ id: "A", paid: makeMoney(1n, EUR) }]);
    expect(Result.isFailure(foreign) && foreign.failure.issues[0]?.path).toBe("$.payments[0].paid");
  });

  test.prop([
    fc.bigInt({ min: 0n, max: 10n ** 12n }),
    participantsArb(20),
    fc.array(fc.bigInt({ min: 0n, max: 10n ** 12n })),
  ])(
    "gap − surplus is due − received and the sum of arrears − overpaid; nothing is negative",
    (total, participants, paid) => {
      const shares = Result.getOrThrow(apportion(usd(total), participants));
      const payments: Array<Payment> = participants
        .slice(0, paid.length)
        .map((p, i) => ({ id: p.id, paid: usd(paid[i] ?? 0n) }));
      const gap = Result.getOrThrow(fundingGap(shares, payments));
      expect(gap.rows.reduce((sum, row) => sum + row.arrears.minorUnits - row.overpaid.minorUnits, 0n)).toBe(
        gap.gap.minorUnits - gap.surplus.minorUnits,
      );
      expect(gap.due.minorUnits - gap.received.minorUnits).toBe(gap.gap.minorUnits - gap.surplus.minorUnits);
      expect(gap.due.minorUnits).toBe(total);
      expect(
        gap.gap.minorUnits >= 0n &&
          gap.surplus.minorUnits >= 0n &&
          (gap.gap.minorUnits === 0n || gap.surplus.minorUnits === 0n),
      ).toBe(true);
      expect(gap.hasGap).toBe(gap.gap.minorUnits > 0n);
      for (const row of gap.rows) {
        expect([row.due, row.paid, row.arrears, row.overpaid].every((amount) => amount.minorUnits >= 0n)).toBe(true);
        expect(row.due.minorUnits - row.paid.minorUnits).toBe(row.arrears.minorUnits - row.overpaid.minorUnits);
      }
    },
  );

  test.prop([fc.bigInt({ min: -(10n ** 12n), max: -1n }), participantsArb(20), fc.boolean()])(
    "payments against a negative total (a surplus returned) are refused at $.total: no row is ever negative (finding 9)",
    (total, participants, none) => {
      const shares = Result.getOrThrow(apportion(usd(total), participants));
      const payments = none ? [] : [{ id: participants[0]!.id, paid: usd(0n) }];
      const result = fundingGap(shares, payments);
      expect(
        Result.isFailure(result) && [result.failure._tag, result.failure.issues.map((issue) => issue.path)],
      ).toEqual(["InvalidPayments", ["$.total"]]);
    },
  );

  it("the review's case: total −10.00, A paid 0.00 is refused, not a row due −5.00 overpaid 5.00", () => {
    const shares = Result.getOrThrow(apportion(usd(-1000n), staff({ A: 1, B: 1 })));
    const result = fundingGap(shares, [{ id: "A", paid: usd(0n) }]);
    expect(Result.isFailure(result) && result.failure.issues[0]?.message).toBe(
      "$.total: expected a total of 0 or more to collect, received -10.00",
    );
  });

  it("many bad payments: the first 100 listed, the rest counted in omitted (MAX_ISSUES)", () => {
    const shares = Result.getOrThrow(apportion(usd(100n), staff({ A: 1 })));
    const result = fundingGap(
      shares,
      Array.from({ length: 1000 }, (_, i) => ({ id: `X${i}`, paid: usd(1n) })),
    );
    expect(
      Result.isFailure(result) && [
        result.failure.issues.length,
        result.failure.omitted,
        result.failure.issues[99]?.path,
      ],
    ).toEqual([100, 900, "$.payments[99].id"]);
  });

  it("an overpayment is a surplus, not a negative gap (issue 16)", () => {
    const shares = Result.getOrThrow(apportion(usd(10_000n), staff({ A: 1, B: 1 })));
    const gap = Result.getOrThrow(fundingGap(shares, [{ id: "A", paid: usd(10_667n) }]));
    expect([gap.gap.minorUnits, gap.surplus.minorUnits, gap.hasGap]).toEqual([0n, 5_667n, false]);
    expect(gap.rows.map((row) => [row.id, row.arrears.minorUnits, row.overpaid.minorUnits])).toEqual([
      ["A", 0n, 5_667n],
      ["B", 0n, 0n],
    ]);
    // one participant's arrears and another's overpayment: the whole is what counts
    const mixed = Result.getOrThrow(
      fundingGap(shares, [
        { id: "A", paid: usd(6_000n) },
        { id: "B", paid: usd(3_000n) },
      ]),
    );
    expect([mixed.gap.minorUnits, mixed.surplus.minorUnits, mixed.hasGap]).toEqual([1_000n, 0n, true]);
    expect(mixed.rows.map((row) => [row.arrears.minorUnits, row.overpaid.minorUnits])).toEqual([
      [0n, 1_000n],
      [2_000n, 0n],
    ]);
  });

  it("negative payments and withholdings outside 0 … share are refused, with their paths (issue 16)", () => {
    const shares = Result.getOrThrow(apportion(usd(10_000n), staff({ A: 1, B: 1, C: 1 })));
    const result = fundingGap(shares, [
      { id: "A", paid: usd(-1n) },
      { id: "B", withheld: usd(-1n) },
      { id: "C", withheld: usd(3_334n) },
    ]);
    expect(Result.isFailure(result) && result.failure.issues.map((issue) => [issue.path, issue.received])).toEqual([
      ["$.payments[0].paid", "-0.01"],
      ["$.payments[1].withheld", "-0.01"],
      ["$.payments[2].withheld", "33.34"],
    ]);
    expect(
      Result.isSuccess(
        fundingGap(shares, [
          { id: "C", withheld: usd(3_333n) },
          { id: "A", withheld: usd(0n) },
          { id: "B", paid: usd(0n) },
        ]),
      ),
    ).toBe(true);
  });

  it("a problem's issue is worded the one way, and a long id is cut (core's makeIssue, describeValue)", () => {
    const shares = Result.getOrThrow(apportion(usd(100n), [{ id: "A", headcount: 1 }]));
    const long = "x".repeat(10_000_000);
    const result = fundingGap(shares, [
      { id: long, paid: usd(1n) },
      { id: "A", paid: makeMoney(1n, EUR) },
      { id: "A", paid: usd(1n) },
      { id: "A", paid: usd(1n) },
    ]);
    const issues = Result.isFailure(result) ? result.failure.issues : [];
    expect(issues.map((issue) => issue.message)).toEqual([
      `$.payments[0].id: expected the id of a participant, received "${"x".repeat(59)}…" (10000000 characters)`,
      '$.payments[1].paid: expected an amount in USD, received an amount in "EUR"',
      '$.payments[3].id: expected one payment per participant, received "A"',
    ]);
    expect(Result.isFailure(result) && result.failure.message.length).toBeLessThan(1000);
    const notAList = fundingGap(shares, "payments" as never);
    expect(Result.isFailure(notAList) && notAList.failure.issues.map((issue) => issue.message)).toEqual([
      '$.payments: expected a list of payments, received "payments"',
    ]);
  });

  it("payments or shares in a sparse array claiming 2^32 − 1 items are refused by their length, at their path", () => {
    const shares = Result.getOrThrow(apportion(usd(100n), [{ id: "A", headcount: 1 }]));
    const onlyHoles: Array<Payment> = [];
    onlyHoles.length = 2 ** 32 - 1; // a real array of a few bytes: Array.isArray is true
    const oneThenHoles: Array<Payment> = [{ id: "A", paid: usd(1n) }];
    oneThenHoles.length = 2 ** 32 - 1;
    for (const payments of [onlyHoles, oneThenHoles]) {
      const result = fundingGap(shares, payments);
      expect(Result.isFailure(result) && result.failure.issues).toEqual([
        {
          path: "$.payments",
          expected: "a list of at most 134217728 payments (one per participant)",
          received: "an array of 4294967295 items",
          message:
            "$.payments: expected a list of at most 134217728 payments (one per participant), received an array of 4294967295 items",
        },
      ]);
      const scenario = runScenario(
        { total: usd(100n), participants: [{ id: "A", headcount: 1 }] },
        { kind: "gap-left-open", payments },
      );
      expect(Result.isFailure(scenario) && "issues" in scenario.failure && scenario.failure.issues[0]?.path).toBe(
        "$.scenario.payments",
      );
    }
    const sparseShares = [...shares.shares];
    sparseShares.length = 2 ** 32 - 1;
    const unreadShares = fundingGap({ ...shares, shares: sparseShares }, []);
    expect(Result.isFailure(unreadShares) && unreadShares.failure.issues.map((issue) => issue.path)).toEqual([
      "$.shares",
    ]);
  });

  it("a share that is a hole or junk is refused at its index, saying what was expected, not with a thrown TypeError", () => {
    const apportionment = Result.getOrThrow(apportion(usd(300n), staff({ A: 1, B: 1, C: 1 })));
    const [a, b, c] = apportionment.shares as [Share, Share, Share];
    const partlyFilled = new Array<Share>(3);
    partlyFilled[0] = a;
    partlyFilled[2] = c;
    const refused = (shares: ReadonlyArray<unknown>, payments: ReadonlyArray<Payment> = []) => {
      const result = fundingGap({ ...apportionment, shares: shares as ReadonlyArray<Share> }, payments);
      return Result.isFailure(result) && [result.failure._tag, result.failure.issues.map((issue) => issue.message)];
    };
    const hole = "$.shares[1]: expected a share: an object with an id and an amount in USD, received nothing (missing)";
    // eslint-disable-next-line no-sparse-arrays -- the hole is the case
    expect(refused([a, , c])).toEqual(["InvalidPayments", [hole]]);
    expect(refused(partlyFilled, [{ id: "A", paid: usd(1n) }])).toEqual(["InvalidPayments", [hole]]);
    expect(refused([a, b, null, 5])).toEqual([
      "InvalidPayments",
      [
        "$.shares[2]: expected a share: an object with an id and an amount in USD, received null",
        "$.shares[3]: expected a share: an object with an id and an amount in USD, received 5",
      ],
    ]);
    expect(refused([a, { ...b, id: 2 }, { id: "C" }, { ...c, amount: makeMoney(1n, EUR) }])).toEqual([
      "InvalidPayments",
      [
        "$.shares[1].id: expected the id of a participant, received 2",
        "$.shares[2].amount: expected an amount in USD, received nothing (missing)",
        '$.shares[3].amount: expected an amount in USD, received an amount in "EUR"',
      ],
    ]);
    // as many bad shares as there are: the first 100 listed, the rest counted
    const all = fundingGap({ ...apportionment, shares: new Array<Share>(1000) }, []);
    expect(
      Result.isFailure(all) && [all.failure.issues.length, all.failure.omitted, all.failure.issues[99]?.path],
    ).toEqual([100, 900, "$.shares[99]"]);
  });

  const HOLE = Symbol("hole");
  const junkArb = fc.constantFrom<[unknown, string]>(
    [HOLE, ""],
    [undefined, ""],
    [null, ""],
    [0, ""],
    ["A", ""],
    [true, ""],
    [1n, ""],
    [{}, ".id"],
    [{ id: 1, amount: usd(1n) }, ".id"],
    [{ id: "X" }, ".amount"],
    [{ id: "X", amount: 1n }, ".amount"],
    [{ id: "X", amount: makeMoney(1n, EUR) }, ".amount"],
  );
  test.prop([fc.bigInt({ min: 0n, max: 10n ** 12n }), participantsArb(20), fc.nat(), junkArb, fc.boolean()])(
    "law: valid shares with one replaced by a hole or junk are refused with the one issue at that index",
    (total, participants, n, [junk, field], paying) => {
      const apportionment = Result.getOrThrow(apportion(usd(total), participants));
      const index = n % participants.length;
      // a real hole: index i never assigned
      const shares = new Array<unknown>(participants.length);
      apportionment.shares.forEach((share, i) => {
        if (i !== index) shares[i] = share;
        else if (junk !== HOLE) shares[i] = junk;
      });
      expect(index in shares).toBe(junk !== HOLE);
      const payments: Array<Payment> = paying ? participants.map((p) => ({ id: p.id, paid: usd(1n) })) : [];
      const result = fundingGap({ ...apportionment, shares: shares as Array<Share> }, payments);
      expect(
        Result.isFailure(result) && [result.failure._tag, result.failure.issues.map((issue) => issue.path)],
      ).toEqual(["InvalidPayments", [`$.shares[${index}]${field}`]]);
    },
  );

  it("a repeated share id is refused at its second place, not matched to one payment counted twice", () => {
    const apportionment = Result.getOrThrow(apportion(usd(300n), staff({ A: 1, B: 1, C: 1 })));
    const [a, b] = apportionment.shares as [Share, Share, Share];
    // A twice: one payment of A would settle both rows, received 200 of 300 paid as 300
    const twice = { ...apportionment, shares: [a, b, { ...a }] };
    const result = fundingGap(twice, [{ id: "A", paid: usd(100n) }]);
    expect(Result.isFailure(result) && result.failure.issues.map((issue) => issue.message)).toEqual([
      '$.shares[2].id: expected an id not given before ($.shares[0] has it), received "A"',
    ]);
  });

  it("shares that do not add up to the total, or a total that is not a Money, are refused before any payment", () => {
    const apportionment = Result.getOrThrow(apportion(usd(300n), staff({ A: 1, B: 1, C: 1 })));
    const refused = (changed: object) => {
      const shares = apportionment.shares; // a getter of the apportionment, not an own field a spread copies
      const result = fundingGap({ ...apportionment, shares, ...changed }, [{ id: "nobody", paid: usd(1n) }]);
      return Result.isFailure(result) && result.failure.issues.map((issue) => issue.message);
    };
    expect(refused({ total: usd(301n) })).toEqual([
      "$.shares: expected shares adding up to the total, 3.01, received shares adding up to 3.00",
    ]);
    expect(refused({ total: 300n })).toEqual(["$.total: expected a total: a Money, received 300n"]);
    expect(refused({ total: undefined })).toEqual(["$.total: expected a total: a Money, received nothing (missing)"]);
  });

  test.prop([fc.bigInt({ min: 0n, max: 10n ** 12n }), participantsArb(20), fc.nat(), fc.nat()])(
    "law: valid shares with one id repeated are refused with the one issue at its later place",
    (total, participants, n, m) => {
      fc.pre(participants.length > 1);
      const apportionment = Result.getOrThrow(apportion(usd(total), participants));
      const later = 1 + (n % (participants.length - 1));
      const earlier = m % later;
      const shares = apportionment.shares.map((share, i) =>
        i === later ? { ...share, id: (apportionment.shares[earlier] as Share).id } : share,
      );
      const result = fundingGap({ ...apportionment, shares }, []);
      expect(Result.isFailure(result) && result.failure.issues.map((issue) => issue.path)).toEqual([
        `$.shares[${later}].id`,
      ]);
    },
  );

  test.prop([
    fc.bigInt({ min: 0n, max: 10n ** 12n }),
    participantsArb(20),
    fc.nat(),
    fc.bigInt({ min: 1n, max: 10n ** 6n }),
  ])(
    "law: valid shares with one amount moved off by any non-zero amount are refused at $.shares",
    (total, participants, n, off) => {
      const apportionment = Result.getOrThrow(apportion(usd(total), participants));
      const index = n % participants.length;
      const shares = apportionment.shares.map((share, i) =>
        i === index ? { ...share, amount: usd(share.amount.minorUnits + off) } : share,
      );
      const result = fundingGap({ ...apportionment, shares }, []);
      expect(Result.isFailure(result) && result.failure.issues.map((issue) => issue.path)).toEqual(["$.shares"]);
    },
  );

  test.prop([fc.anything()])("every error is returned, never thrown", (payments) => {
    const shares = Result.getOrThrow(apportion(usd(100n), [{ id: "A", headcount: 1 }]));
    expect(() => fundingGap(shares, payments as never)).not.toThrow();
  });
});
