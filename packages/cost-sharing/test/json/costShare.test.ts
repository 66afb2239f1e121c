import { readFileSync } from "node:fs";
import { fc, test } from "@fast-check/vitest";
import { answerCostShare, costShare, costShareJsonChunks } from "@unsms/cost-sharing";
import {
  CostShareRequestSchema,
  decodeCostShareRequest,
  ParticipantSchema,
  readCostShareRequest,
} from "@unsms/cost-sharing/schema";
import { decode } from "@unsms/core/schema";
import { compileParticipantsCheck } from "../../src/internal/compileParticipantsCheck";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";

const example = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../../docs/examples/cost-sharing/${name}`, import.meta.url), "utf8"));

/** A JSON request read, then answered (what `unsms cost-share --json` prints). */
const answer = (request: unknown) => Result.getOrThrow(Result.flatMap(readCostShareRequest(request), costShare));

/** Two participants: "A" with `headcount` staff and "B" with one. */
const aAndB = (headcount: number) => [
  { id: "A", headcount },
  { id: "B", headcount: 1 },
];

describe("the cost-share JSON contract", () => {
  it("the sample request gives the sample response: shares in input order, two decimals, World Bank US$ 11 million", () => {
    const response = answer(example("request.json"));
    expect(response).toEqual(example("response.json"));
    expect(response.shares.find((share) => share.id === "World Bank")?.amount).toBe("11000000.00");
  });

  it("the withheld sample gives the funding gap", () => {
    const response = answer(example("withheld.json"));
    expect(response.funding?.gap).toBe("11000000.00");
    expect(response.funding?.hasGap).toBe(true);
    expect(response.funding?.surplus).toBe("0.00");
  });

  it("explanations only when asked for", () => {
    const request = Result.getOrThrow(readCostShareRequest(example("request.json")));
    expect(Result.getOrThrow(costShare(request)).shares.some((share) => share.explanation !== undefined)).toBe(false);
    const explained = Result.getOrThrow(costShare(request, { explain: true }));
    expect(explained.shares[1]?.explanation?.remainderRank).toBe(2);
    expect(explained.shares[1]?.explanation?.leftoverUnit).toBe(true);
  });

  const tiers = {
    kind: "tiers",
    tiers: [
      { belowPercent: "0.5", amount: "25000" },
      { belowPercent: "1", amount: "100000" },
    ],
  };
  it.each([
    ["USD", "1000000.00", 100, { kind: "floor", minimum: "75000.00" }, ["925000.00", "75000.00"]],
    ["JPY", "1000000", 1000, tiers, ["975000", "25000"]],
  ] as const)(
    "in %s: a floor or tiers formula from JSON (JPY without decimals)",
    (currency, total, headcount, formula, amounts) => {
      const response = answer({ currency, total, participants: aAndB(headcount), formula });
      expect(response.shares.map((share) => share.amount)).toEqual(amounts);
      expect(response.formula).toEqual(formula);
    },
  );

  it("bad requests are values with paths", () => {
    const paths = [
      { currency: "USD", total: "1.00", participants: [{ id: "A", headcount: 1.5 }] },
      { currency: "XXX", total: "1.00", participants: [{ id: "A", headcount: 1 }] },
      { currency: "USD", total: "1.001", participants: [{ id: "A", headcount: 1 }] },
    ].map((input) => {
      const result = readCostShareRequest(input);
      return Result.isFailure(result) ? result.failure._tag : "ok";
    });
    expect(paths).toEqual(["DecodeError", "UnknownCurrency", "InvalidAmount"]);
  });

  it("a formula in JSON takes at most 100 tiers (each participant is compared with each)", () => {
    const tiers = (count: number) =>
      Array.from({ length: count }, (_, i) => ({ belowPercent: `${(i + 1) / 2}`, amount: "1.00" }));
    const read = (count: number) =>
      readCostShareRequest({
        currency: "USD",
        total: "1000.00",
        participants: [{ id: "A", headcount: 1 }],
        formula: { kind: "tiers", tiers: tiers(count) },
      });
    expect(Result.isSuccess(read(100))).toBe(true);
    const refused = read(101);
    expect(
      Result.isFailure(refused) &&
        refused.failure._tag === "DecodeError" &&
        refused.failure.issues.map((issue) => issue.path),
    ).toEqual(["$.formula.tiers"]);
  });

  const requestArb = fc.record(
    {
      currency: fc.constantFrom("USD", "JPY"),
      total: fc.bigInt({ min: 0n, max: 10n ** 14n }).map(String),
      participants: fc.uniqueArray(
        fc.record({
          id: fc.string({ minLength: 1, maxLength: 6 }).filter((id) => id.trim() === id && id.length > 0),
          headcount: fc.nat(10_000),
        }),
        {
          minLength: 1,
          maxLength: 12,
          selector: (participant) => participant.id,
        },
      ),
      formula: fc.constantFrom(
        { kind: "proportional" },
        { kind: "floor", minimum: "3" },
        { kind: "tiers", tiers: [{ belowPercent: "10", amount: "2" }] },
      ),
      payments: fc.constantFrom([], [{ withheld: "1" }], [{ paid: "100000" }]),
    },
    { requiredKeys: ["currency", "total", "participants"] },
  );

  test.prop([requestArb, fc.boolean()])(
    "costShareJsonChunks gives exactly JSON.stringify(costShare(…), null, 2)",
    (json, explain) => {
      const payments = json.payments?.map((payment) => ({ id: json.participants[0]?.id, ...payment }));
      const request = readCostShareRequest({ ...json, ...(payments === undefined ? {} : { payments }) });
      fc.pre(Result.isSuccess(request));
      const answer = answerCostShare(request.success, { explain });
      const response = costShare(request.success, { explain });
      fc.pre(Result.isSuccess(answer) && Result.isSuccess(response));
      const chunks = [...costShareJsonChunks(answer.success)];
      expect(chunks.join("")).toBe(JSON.stringify(response.success, null, 2));
    },
  );

  it("costShareJsonChunks gives a large answer in chunks of about 64 KiB", () => {
    const participants = Array.from({ length: 5000 }, (_, i) => ({ id: `ORG-${i}`, headcount: i + 1 }));
    const request = Result.getOrThrow(readCostShareRequest({ currency: "USD", total: "1000000.00", participants }));
    const chunks = [...costShareJsonChunks(Result.getOrThrow(answerCostShare(request)))];
    expect(chunks.length).toBeGreaterThan(5);
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThan(70_000);
    expect(chunks.join("")).toBe(JSON.stringify(Result.getOrThrow(costShare(request)), null, 2));
  });

  const participantLike = fc.oneof(
    fc.record({
      id: fc.oneof(
        fc.string({ maxLength: 4 }),
        fc.constantFrom(
          " A",
          "A ",
          "\u0000",
          "a".repeat(128),
          "a".repeat(129),
          "UN\u200B",
          "Cafe\u0301",
          "Caf\u00e9",
          "\uFEFFA",
          "\u2028",
          "A\u202EB",
        ),
      ),
      headcount: fc.oneof(fc.integer({ min: -2, max: 3 }), fc.constantFrom(0.5, -0, 2 ** 53, 2 ** 53 - 1, Number.NaN)),
    }),
    fc.record({ id: fc.constant("A"), headcount: fc.nat(9), extra: fc.nat() }),
    fc.record({ id: fc.constant("A") }),
    fc.anything(),
  );

  it("the fast participants path compiles from ParticipantSchema (else every request would go through zod alone)", () => {
    expect(compileParticipantsCheck(ParticipantSchema)).toBeDefined();
  });

  test.prop([fc.array(participantLike, { minLength: 1, maxLength: 6 })], { numRuns: 2000 })(
    "the fast participants path and ParticipantSchema agree: same answer, same problems",
    (participants) => {
      const request = { currency: "USD", total: "1.00", participants };
      const read = readCostShareRequest(request);
      const expected = participants.map((participant) => decode(ParticipantSchema, participant));
      if (expected.every(Result.isSuccess)) {
        expect(Result.isSuccess(read) && read.success.participants).toEqual(
          expected.map((result) => (result as Result.Success<unknown, never>).success),
        );
      } else {
        expect(Result.isFailure(read) && read.failure._tag).toBe("DecodeError");
      }
    },
  );

  const validParticipant = fc.record({ id: fc.constantFrom("A", "B", "UNDP", "WFP"), headcount: fc.nat(9) });
  const requestLike = fc.record(
    {
      currency: fc.constantFrom("USD", "USD", "EUR", "usd", 1),
      total: fc.constantFrom("1.00", "400000000.00", "-3", "1.5.0"),
      participants: fc.oneof(
        { weight: 4, arbitrary: fc.array(validParticipant, { minLength: 1, maxLength: 6 }) },
        { weight: 1, arbitrary: fc.array(participantLike, { maxLength: 6 }) },
        { weight: 1, arbitrary: fc.anything() },
      ),
      formula: fc.constantFrom({ kind: "proportional" }, { kind: "floor", minimum: "0.10" }, { kind: "floor" }, 3),
      payments: fc.constantFrom([], [{ id: "A", paid: "1.00" }], [{ id: "A" }]),
      extra: fc.nat(),
    },
    { requiredKeys: ["currency", "total", "participants"] },
  );

  test.prop([fc.oneof(requestLike, fc.anything())], { numRuns: 2000 })(
    "decodeCostShareRequest gives what CostShareRequestSchema gives: the same request, or problems at the same paths",
    (input) => {
      const fast = decodeCostShareRequest(input);
      const schema = decode(CostShareRequestSchema, input);
      if (Result.isSuccess(schema)) expect(Result.isSuccess(fast) && fast.success).toEqual(schema.success);
      else {
        expect(Result.isFailure(fast)).toBe(true);
        const paths = (result: typeof fast) =>
          Result.isFailure(result) ? result.failure.issues.map((issue) => issue.path).sort() : [];
        expect(paths(fast)).toEqual(paths(schema));
      }
    },
  );

  test.prop([fc.anything()])("every error is returned, never thrown", (input) => {
    expect(() => Result.flatMap(readCostShareRequest(input), costShare)).not.toThrow();
  });
});
