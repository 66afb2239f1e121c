import { fc, test } from "@fast-check/vitest";
import { runScenario, type CostShareInput, type Scenario } from "@unsms/cost-sharing";
import { formatMoney, makeMoney, USD } from "@unsms/core";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { participantsArb } from "../support/arbitraries";

const usd = (units: bigint) => makeMoney(units, USD);
const base: CostShareInput = {
  total: usd(20_000_000_000n),
  participants: [
    { id: "UNDP", headcount: 6000 },
    { id: "World Bank", headcount: 1100 },
    { id: "WFP", headcount: 2900 },
  ],
};
const withheld = [{ id: "World Bank", withheld: usd(1_100_000_000n) }] as const;
const table = (outcome: {
  rows: ReadonlyArray<{ id: string; before: { minorUnits: bigint }; after: { minorUnits: bigint } }>;
}) => outcome.rows.map((row) => [row.id, formatMoney(row.before as never), formatMoney(row.after as never)]);

describe("runScenario", () => {
  it("the gap left open: the others pay as before, US$ 11 million is missing", () => {
    const outcome = Result.getOrThrow(runScenario(base, { kind: "gap-left-open", payments: withheld }));
    expect(formatMoney(outcome.gap)).toBe("11000000.00");
    expect(formatMoney(outcome.after)).toBe("189000000.00");
    expect(table(outcome)).toEqual([
      ["UNDP", "120000000.00", "120000000.00"],
      ["World Bank", "22000000.00", "11000000.00"],
      ["WFP", "58000000.00", "58000000.00"],
    ]);
  });

  it("the gap re-apportioned among those who pay, by headcount", () => {
    const outcome = Result.getOrThrow(runScenario(base, { kind: "gap-reapportioned", payments: withheld }));
    // 11 000 000 by 6000:2900 → 7 415 730.34 and 3 584 269.66
    expect(table(outcome)).toEqual([
      ["UNDP", "120000000.00", "127415730.34"],
      ["World Bank", "22000000.00", "11000000.00"],
      ["WFP", "58000000.00", "61584269.66"],
    ]);
    expect(formatMoney(outcome.after)).toBe("200000000.00");
    expect(formatMoney(outcome.gap)).toBe("0.00");
  });

  it("join, leave, headcount change and growth", () => {
    const leave = Result.getOrThrow(runScenario(base, { kind: "leave", id: "World Bank" }));
    expect(leave.rows.find((row) => row.id === "World Bank")?.inAfter).toBe(false);
    expect(formatMoney(leave.after)).toBe("200000000.00");
    const join = Result.getOrThrow(runScenario(base, { kind: "join", participant: { id: "WHO", headcount: 10000 } }));
    expect(join.rows.map((row) => [row.id, formatMoney(row.after), row.inBefore])).toEqual([
      ["UNDP", "60000000.00", true],
      ["World Bank", "11000000.00", true],
      ["WFP", "29000000.00", true],
      ["WHO", "100000000.00", false],
    ]);
    const change = Result.getOrThrow(runScenario(base, { kind: "headcount", id: "World Bank", headcount: 0 }));
    expect(formatMoney(change.rows[1]?.after ?? usd(1n))).toBe("0.00");
    const grow = Result.getOrThrow(runScenario(base, { kind: "grow", rate: { numerator: 5n, denominator: 100n } }));
    expect(formatMoney(grow.after)).toBe("210000000.00");
    expect(formatMoney(grow.rows[0]?.change ?? usd(0n))).toBe("6000000.00");
  });

  it("errors: unknown ids, a participant joining twice, a zero denominator", () => {
    const tags = [
      runScenario(base, { kind: "leave", id: "WHO" }),
      runScenario(base, { kind: "headcount", id: "WHO", headcount: 1 }),
      runScenario(base, { kind: "join", participant: { id: "UNDP", headcount: 1 } }),
      runScenario(base, { kind: "grow", rate: { numerator: 1n, denominator: 0n } }),
      runScenario(base, {
        kind: "gap-reapportioned",
        payments: base.participants.map((p) => ({ id: p.id, paid: usd(0n) })),
      }),
    ].map((result) => (Result.isFailure(result) ? result.failure._tag : "ok"));
    expect(tags).toEqual([
      "UnknownParticipant",
      "UnknownParticipant",
      "UnknownParticipant",
      "InvalidFormula",
      "FormulaNotMet",
    ]);
  });

  test.prop([
    fc.bigInt({ min: 0n, max: 10n ** 14n }),
    participantsArb(15),
    fc.nat({ max: 14 }),
    fc.bigInt({ min: 0n, max: 10n ** 12n }),
  ])(
    "re-apportioning the gap collects the total again (or what came in, with an overpayment); leaving the gap open collects total − gap",
    (total, participants, who, paid) => {
      const input = { total: usd(total), participants };
      const payer = participants[who % participants.length]?.id ?? "";
      const payments = [{ id: payer, paid: usd(paid) }];
      const open = Result.getOrThrow(runScenario(input, { kind: "gap-left-open", payments }));
      // an overpayment is a surplus, never a negative gap
      expect(open.gap.minorUnits).toBe(total > open.after.minorUnits ? total - open.after.minorUnits : 0n);
      const others = participants.some((p) => p.id !== payer && p.headcount > 0);
      const filled = runScenario(input, { kind: "gap-reapportioned", payments });
      if (Result.isSuccess(filled))
        expect(filled.success.after.minorUnits).toBe(open.after.minorUnits > total ? open.after.minorUnits : total);
      else expect(others && paid < total).toBe(false);
    },
  );

  it("a bad scenario value is blamed at its path in the scenario, never on the input (finding 5)", () => {
    const input: CostShareInput = {
      total: usd(1000n),
      participants: [
        { id: "A", headcount: 1 },
        { id: "B", headcount: 2 },
      ],
    };
    const refusal = (scenario: Scenario, from: CostShareInput = input) => {
      const result = runScenario(from, scenario);
      return Result.isFailure(result) && "path" in result.failure
        ? [result.failure._tag, result.failure.path, result.failure.received]
        : result;
    };
    expect(refusal({ kind: "headcount", id: "A", headcount: -1 })).toEqual([
      "InvalidScenario",
      "$.scenario.headcount",
      "-1",
    ]);
    expect(refusal({ kind: "join", participant: { id: "C", headcount: 1.5 } })).toEqual([
      "InvalidScenario",
      "$.scenario.participant.headcount",
      "1.5",
    ]);
    expect(refusal({ kind: "join", participant: { id: "", headcount: 1 } })).toEqual([
      "InvalidScenario",
      "$.scenario.participant.id",
      '""',
    ]);
    expect(refusal({ kind: "join", participant: { id: "A", headcount: 1 } })).toEqual([
      "UnknownParticipant",
      "$.scenario.participant.id",
      '"A"',
    ]);
    // the only participant leaving: a refusal of its own, not "expected at least one participant, received []"
    const alone = runScenario({ ...input, participants: [{ id: "A", headcount: 1 }] }, { kind: "leave", id: "A" });
    expect(Result.isFailure(alone) && [alone.failure._tag, alone.failure.message]).toEqual([
      "InvalidScenario",
      '$.scenario.id: expected a participant who leaves others to share the total, received "A"',
    ]);
    // nobody left with staff: ZeroHeadcount at the scenario's value that did it
    expect(
      refusal(
        { kind: "headcount", id: "B", headcount: 0 },
        {
          ...input,
          participants: [
            { id: "A", headcount: 0 },
            { id: "B", headcount: 2 },
          ],
        },
      ),
    ).toEqual(["ZeroHeadcount", "$.scenario.headcount", "all 0"]);
    expect(
      refusal(
        { kind: "leave", id: "B" },
        {
          ...input,
          participants: [
            { id: "A", headcount: 0 },
            { id: "B", headcount: 2 },
          ],
        },
      ),
    ).toEqual(["ZeroHeadcount", "$.scenario.id", "all 0"]);
    // headcounts adding up beyond 2^53 − 1 only after the scenario
    expect(refusal({ kind: "headcount", id: "A", headcount: Number.MAX_SAFE_INTEGER })).toEqual([
      "InvalidScenario",
      "$.scenario.headcount",
      "9007199254740992",
    ]);
    // the scenario's payments are read where the scenario has them
    const payments = runScenario(input, { kind: "gap-left-open", payments: [{ id: "Z", paid: usd(1n) }] });
    expect(Result.isFailure(payments) && "issues" in payments.failure && payments.failure.issues[0]?.path).toBe(
      "$.scenario.payments[0].id",
    );
  });

  test.prop([
    participantsArb(10),
    fc.oneof(
      fc.integer({ min: -5, max: -1 }),
      fc.double({ noInteger: true }),
      fc.constant(2 ** 53),
      fc.constant(Number.NaN),
    ),
    fc.nat(9),
  ])(
    "a headcount that is not one, in any scenario that sets one, is refused at the scenario's path",
    (participants, headcount, who) => {
      const input = { total: usd(1000n), participants };
      const id = participants[who % participants.length]!.id;
      for (const [scenario, path] of [
        [{ kind: "headcount", id, headcount }, "$.scenario.headcount"],
        [{ kind: "join", participant: { id: `${id}+`, headcount } }, "$.scenario.participant.headcount"],
      ] as const) {
        fc.pre(!participants.some((p) => p.id === `${id}+`));
        const result = runScenario(input, scenario);
        expect(
          Result.isFailure(result) && "path" in result.failure && [result.failure._tag, result.failure.path],
        ).toEqual(["InvalidScenario", path]);
      }
    },
  );
  it("the input and the scenario are read once: what apportion read is what the scenario works on", () => {
    // a headcount that answers 1 on its first read and 999 after: under 0 % growth the
    // shares stay as read (500/500), never 999/1 from a second read
    let reads = 0;
    const changing = {
      id: "A",
      get headcount() {
        reads += 1;
        return reads === 1 ? 1 : 999;
      },
    };
    const input = { total: usd(1000n), participants: [changing, { id: "B", headcount: 1 }] };
    const grown = Result.getOrThrow(runScenario(input, { kind: "grow", rate: { numerator: 0n, denominator: 100n } }));
    expect(table(grown)).toEqual([
      ["A", "5.00", "5.00"],
      ["B", "5.00", "5.00"],
    ]);
    expect(reads).toBe(1);
    // a kind that answers "leave" once and "bogus" after is a leave, read once (was a success with no outcome)
    let kindReads = 0;
    const scenario = {
      get kind() {
        kindReads += 1;
        return kindReads === 1 ? "leave" : "bogus";
      },
      id: "B",
    };
    const left = runScenario(
      {
        total: usd(1000n),
        participants: [
          { id: "A", headcount: 1 },
          { id: "B", headcount: 1 },
        ],
      },
      scenario as Scenario,
    );
    expect(Result.isSuccess(left) && table(left.success)).toEqual([
      ["A", "5.00", "10.00"],
      ["B", "5.00", "0.00"],
    ]);
    expect(kindReads).toBe(1);
  });

  it("a growth rate that is not two bigints is refused at $.scenario.rate, not read as a throw", () => {
    for (const rate of [undefined, 5, { numerator: 5, denominator: 100 }, { numerator: 5n }]) {
      const result = runScenario(base, { kind: "grow", rate } as unknown as Scenario);
      expect(
        Result.isFailure(result) && [result.failure._tag, "path" in result.failure && result.failure.path],
      ).toEqual(["InvalidScenario", "$.scenario.rate"]);
    }
  });
});
