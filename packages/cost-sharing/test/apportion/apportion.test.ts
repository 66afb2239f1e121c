import { fc, test } from "@fast-check/vitest";
import { apportion, floorFormula, type Participant } from "@unsms/cost-sharing";
import { EUR, formatMoney, makeMoney, USD } from "@unsms/core";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { participantsArb, totalArb } from "../support/arbitraries";
import { referenceHamilton } from "../support/referenceHamilton";
import { staff } from "../support/staff";

const units = (total: bigint, participants: ReadonlyArray<Participant>): Array<bigint> =>
  Result.getOrThrow(apportion(makeMoney(total, USD), participants)).shares.map((share) => share.amount.minorUnits);

describe("apportion (proportional)", () => {
  it("largest remainders, not largest ratios: 10 over 50:20:15:15 is 5, 2, 2, 1", () => {
    const participants = staff({ A: 50, B: 20, C: 15, D: 15 });
    expect(units(10n, participants)).toEqual([5n, 2n, 2n, 1n]);
  });

  test.prop([totalArb, participantsArb(), fc.boolean()])(
    "amounts.exactAs: the proportional formula follows apportionWeights' rule, floor and tiers give bigints (finding 8)",
    (total, participants, floor) => {
      const money = makeMoney(total, USD);
      const headcounts = participants.map((participant) => participant.headcount);
      const magnitude = total < 0n ? -total : total;
      const fits =
        magnitude * BigInt(Math.max(...headcounts)) + BigInt(headcounts.reduce((a, b) => a + b, 0)) <= 2n ** 53n;
      expect(Result.getOrThrow(apportion(money, participants)).amounts.exactAs).toBe(fits ? "number" : "bigint");
      const formula = floor
        ? floorFormula(makeMoney(0n, USD))
        : {
            kind: "tiers" as const,
            tiers: [{ below: { numerator: 1n, denominator: 1n }, amount: makeMoney(0n, USD) }],
          };
      const other = apportion(money, participants, formula);
      fc.pre(Result.isSuccess(other));
      expect(other.success.amounts.exactAs).toBe("bigint");
    },
  );

  it("ties go to the id that sorts first, whatever the input order", () => {
    expect(units(1n, staff({ WFP: 1, UNDP: 1 }))).toEqual([0n, 1n]);
    expect(units(1n, staff({ UNDP: 1, WFP: 1 }))).toEqual([1n, 0n]);
    // JavaScript's default string order: "Z" (0x5a) sorts before "a" (0x61)
    expect(units(1n, staff({ a: 1, Z: 1 }))).toEqual([0n, 1n]);
  });

  it("shares in input order, with the headcount and the currency's decimals", () => {
    const result = Result.getOrThrow(
      apportion(makeMoney(40_000_000_000n, USD), staff({ UNDP: 1234, UNICEF: 0, WFP: 766 })),
    );
    expect(result.shares.map((share) => [share.id, share.headcount, formatMoney(share.amount), share.basis])).toEqual([
      ["UNDP", 1234, "246800000.00", "headcount"],
      ["UNICEF", 0, "0.00", "none"],
      ["WFP", 766, "153200000.00", "headcount"],
    ]);
    expect(result.poolHeadcount).toBe(2000);
  });

  it("a total far above 2^53 is exact to the minor unit", () => {
    const total = 10n ** 30n + 7n;
    const shares = units(total, staff({ A: 1, B: 1, C: 1 }));
    expect(shares).toEqual([
      333333333333333333333333333336n,
      333333333333333333333333333336n,
      333333333333333333333333333335n,
    ]);
  });

  it("errors are values: none, duplicates, bad headcounts, all zero, mixed currencies", () => {
    const failure = (result: Result.Result<unknown, { readonly _tag: string }>) =>
      Result.isFailure(result) ? result.failure : undefined;
    expect(failure(apportion(makeMoney(1n, USD), []))?._tag).toBe("InvalidParticipants");
    const many = failure(
      apportion(makeMoney(1n, USD), [
        { id: "A", headcount: 1 },
        { id: "A", headcount: -1 },
        { id: "B", headcount: 1.5 },
        { id: "C", headcount: Number.NaN },
      ]),
    );
    expect(many).toMatchObject({ _tag: "InvalidParticipants" });
    expect((many as unknown as { issues: Array<{ path: string }> }).issues.map((issue) => issue.path)).toEqual([
      "$.participants[1].id",
      "$.participants[1].headcount",
      "$.participants[2].headcount",
      "$.participants[3].headcount",
    ]);
    expect(failure(apportion(makeMoney(1n, USD), [{ id: "A", headcount: 0 }]))?._tag).toBe("ZeroHeadcount");
    expect(Result.isSuccess(apportion(makeMoney(0n, USD), [{ id: "A", headcount: 0 }]))).toBe(true);
    expect(
      failure(
        apportion(makeMoney(1n, USD), [{ id: "A", headcount: 1 }], { kind: "floor", minimum: makeMoney(1n, EUR) }),
      )?._tag,
    ).toBe("CurrencyMismatch");
  });
});

describe("apportion laws", () => {
  test.prop([totalArb, participantsArb()])("the shares add up to the total exactly", (total, participants) => {
    expect(units(total, participants).reduce((sum, share) => sum + share, 0n)).toBe(total);
  });

  test.prop([totalArb, participantsArb()])(
    "each share is within one minor unit of its exact quota",
    (total, participants) => {
      const whole = BigInt(participants.reduce((sum, p) => sum + p.headcount, 0));
      units(total, participants).forEach((share, index) => {
        const scaledQuota = total * BigInt((participants[index] as Participant).headcount);
        const gap = share * whole - scaledQuota;
        expect(gap < whole && gap > -whole).toBe(true);
      });
    },
  );

  test.prop([totalArb, participantsArb()])(
    "it is the largest remainder method, ties by id (against a plain oracle)",
    (total, participants) => {
      expect(units(total, participants)).toEqual(
        referenceHamilton(
          total,
          participants.map((p) => p.headcount),
          participants.map((p) => p.id),
        ),
      );
    },
  );

  test.prop([
    totalArb,
    participantsArb().chain((ps) =>
      fc.tuple(
        fc.constant(ps),
        fc.shuffledSubarray(
          ps.map((_, i) => i),
          { minLength: ps.length },
        ),
      ),
    ),
  ])("permuting the participants permutes the shares and nothing else", (total, [participants, order]) => {
    const shares = units(total, participants);
    const permuted = units(
      total,
      order.map((i) => participants[i] as Participant),
    );
    expect(permuted).toEqual(order.map((i) => shares[i]));
  });

  test.prop([
    fc.bigInt({ min: 0n, max: 10n ** 12n }),
    fc
      .uniqueArray(
        fc.record({
          id: fc.string({ minLength: 1, maxLength: 6 }),
          headcount: fc.oneof(fc.integer({ min: 0, max: 5_000 }), fc.constantFrom(1, 2, 3)),
        }),
        {
          minLength: 257,
          maxLength: 600,
          selector: (participant) => participant.id,
        },
      )
      .filter((ps) => ps.some((p) => p.headcount > 0)),
  ])("more than 256 participants (the typed-array path): largest remainders, ties by id", (total, participants) => {
    const result = Result.getOrThrow(apportion(makeMoney(total, USD), participants));
    const expected = referenceHamilton(
      total,
      participants.map((p) => p.headcount),
      participants.map((p) => p.id),
    );
    expect(result.shares.map((share) => share.amount.minorUnits)).toEqual(expected);
  });

  test.prop([totalArb, participantsArb(), fc.integer({ min: 1, max: 1000 })])(
    "scaling every headcount by k changes nothing",
    (total, participants, k) => {
      const scaled = participants.map((p) => ({ id: p.id, headcount: p.headcount * k }));
      expect(units(total, scaled)).toEqual(units(total, participants));
    },
  );

  test.prop([totalArb, participantsArb()])(
    "the shares of −T are the negatives of the shares of T",
    (total, participants) => {
      expect(units(-total, participants)).toEqual(units(total, participants).map((share) => -share));
    },
  );

  test.prop([fc.anything(), fc.anything(), fc.anything()])(
    "every error is returned, never thrown",
    (total, participants, formula) => {
      const money = typeof total === "bigint" ? makeMoney(total, USD) : total;
      expect(() =>
        apportion(money as never, participants as ReadonlyArray<Participant>, formula as never),
      ).not.toThrow();
      expect(() =>
        apportion(makeMoney(100n, USD), participants as ReadonlyArray<Participant>, formula as never),
      ).not.toThrow();
    },
  );
});
