import { readFileSync } from "node:fs";
import { fc, test } from "@fast-check/vitest";
import {
  answerCostShare,
  costShare,
  costShareJsonChunks,
  toCostShareResponse,
  type CostShareAnswer,
} from "@unsms/cost-sharing";
import { makeMoney, USD } from "@unsms/core";
import {
  CostShareRequestSchema,
  decodeCostShareRequest,
  ParticipantSchema,
  readCostShareRequest,
} from "@unsms/cost-sharing/schema";
import { decode } from "@unsms/core/schema";
import { compileParticipantsCheck } from "../../src/internal/compileParticipantsCheck";
import { buildHostile, hostileRecipe } from "../../../../tools/vitest/hostile";
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

  it("participants and payments past 2^27 are refused by their length, never walked (a sparse array of 2^32 - 1)", () => {
    const sparse = (): Array<unknown> => {
      const list: Array<unknown> = [];
      list.length = 2 ** 32 - 1;
      return list;
    };
    const participants = decodeCostShareRequest({ currency: "USD", total: "1.00", participants: sparse() });
    expect(Result.isFailure(participants) && participants.failure.issues.map((issue) => issue.path)).toEqual([
      "$.participants",
    ]);
    const payments = decodeCostShareRequest({
      currency: "USD",
      total: "1.00",
      participants: [{ id: "A", headcount: 1 }],
      payments: sparse(),
    });
    expect(Result.isFailure(payments) && payments.failure.issues.map((issue) => issue.path)).toEqual(["$.payments"]);
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
      const chunks = [...Result.getOrThrow(costShareJsonChunks(answer.success))];
      expect(chunks.join("")).toBe(JSON.stringify(response.success, null, 2));
    },
  );

  it("costShareJsonChunks gives a large answer in chunks of about 64 KiB", () => {
    const participants = Array.from({ length: 5000 }, (_, i) => ({ id: `ORG-${i}`, headcount: i + 1 }));
    const request = Result.getOrThrow(readCostShareRequest({ currency: "USD", total: "1000000.00", participants }));
    const chunks = [...Result.getOrThrow(costShareJsonChunks(Result.getOrThrow(answerCostShare(request))))];
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
        expect(Result.isSuccess(read) && read.success.participants).toStrictEqual(
          expected.map((result) => (result as Result.Success<unknown, never>).success),
        );
      } else {
        expect(Result.isFailure(read) && read.failure._tag).toBe("DecodeError");
      }
    },
  );

  it("the fast path gives fresh plain objects, as the schema does: never the caller's, nothing but own id and headcount", () => {
    const participants = [
      { id: "UNDP", headcount: 3 },
      { id: "Cafe\u0301", headcount: 0 },
    ];
    const read = Result.getOrThrow(readCostShareRequest({ currency: "USD", total: "1.00", participants }));
    expect(read.participants).not.toBe(participants);
    read.participants.forEach((participant, index) => {
      expect(participant).not.toBe(participants[index]);
      expect(Object.getPrototypeOf(participant)).toBe(Object.prototype);
      expect(participant.constructor).toBe(Object);
      expect(Object.getOwnPropertyNames(participant)).toEqual(["id", "headcount"]);
    });
    expect(JSON.stringify(read.participants)).toBe('[{"id":"UNDP","headcount":3},{"id":"Caf\u00e9","headcount":0}]');
    participants[0] = { id: "WFP", headcount: 9 };
    expect(read.participants[0]).toStrictEqual({ id: "UNDP", headcount: 3 });
  });

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
      if (Result.isSuccess(schema)) expect(Result.isSuccess(fast) && fast.success).toStrictEqual(schema.success);
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

  it('a "__proto__" key is an own key, refused as the schema refuses it, never a prototype (finding 1)', () => {
    const input: unknown = JSON.parse(
      '{"currency":"USD","total":"1.00","participants":[{"id":"A","headcount":1},{"id":"B","headcount":9}],"__proto__":{"formula":{"kind":"floor","minimum":"0.40"}}}',
    );
    const paths = (result: ReturnType<typeof decodeCostShareRequest>) =>
      Result.isFailure(result) ? result.failure.issues.map((issue) => issue.path) : "accepted";
    expect(paths(decodeCostShareRequest(input))).toEqual(["$.__proto__"]);
    expect(paths(decode(CostShareRequestSchema, input))).toEqual(["$.__proto__"]);
  });

  /** JSON text of an object of `entries`, keys as given (so "__proto__" is an own key once parsed). */
  const objectText = (entries: ReadonlyArray<readonly [string, string]>): string =>
    `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${value}`).join(",")}}`;
  const riskyKey = fc.constantFrom("__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty");
  /** An object's JSON text with, maybe, one risky key holding a value the schema would take for a field. */
  const withRisky = (entries: ReadonlyArray<readonly [string, string]>, smuggled: string) =>
    fc
      .option(riskyKey, { nil: undefined })
      .map((key) => objectText(key === undefined ? entries : [...entries, [key, smuggled]]));
  const riskyRequest = fc
    .record({
      participant: withRisky(
        [
          ["id", '"A"'],
          ["headcount", "1"],
        ],
        '{"id":"Z"}',
      ),
      formula: fc.oneof(
        withRisky(
          [
            ["kind", '"floor"'],
            ["minimum", '"0.40"'],
          ],
          '{"minimum":"0.50"}',
        ),
        fc
          .tuple(
            withRisky(
              [
                ["belowPercent", '"10"'],
                ["amount", '"0.10"'],
              ],
              '{"amount":"0.20"}',
            ),
            riskyKey,
          )
          .chain(([tier, key]) =>
            withRisky(
              [
                ["kind", '"tiers"'],
                ["tiers", `[${tier}]`],
              ],
              `{"kind":"${key}"}`,
            ),
          ),
      ),
      payment: withRisky(
        [
          ["id", '"A"'],
          ["paid", '"0.10"'],
        ],
        '{"withheld":"0.10"}',
      ),
      top: riskyKey,
      topValue: fc.constantFrom('{"formula":{"kind":"floor","minimum":"0.40"}}', '{"total":"9.00"}', "null", "[]"),
      withTop: fc.boolean(),
    })
    .map(({ participant, formula, payment, top, topValue, withTop }) =>
      objectText([
        ["currency", '"USD"'],
        ["total", '"1.00"'],
        ["participants", `[${participant},{"id":"B","headcount":9}]`],
        ["formula", formula],
        ["payments", `[${payment}]`],
        ...(withTop ? [[top, topValue] as const] : []),
      ]),
    );

  test.prop([riskyRequest])(
    "decodeCostShareRequest agrees with decode(CostShareRequestSchema, …) with __proto__, constructor, prototype keys at every level",
    (text) => {
      const input: unknown = JSON.parse(text);
      const fast = decodeCostShareRequest(input);
      const schema = decode(CostShareRequestSchema, input);
      expect(
        Result.isSuccess(fast) ? { ok: fast.success } : { paths: fast.failure.issues.map((i) => i.path).sort() },
      ).toEqual(
        Result.isSuccess(schema) ? { ok: schema.success } : { paths: schema.failure.issues.map((i) => i.path).sort() },
      );
    },
  );

  it("the JSON boundary names its own fields: $.currency, and a tier's belowPercent as written (finding 6)", () => {
    const participants = [{ id: "A", headcount: 1 }];
    const currency = readCostShareRequest({ currency: "XYZ", total: "1.00", participants });
    expect(
      Result.isFailure(currency) && "path" in currency.failure && [currency.failure._tag, currency.failure.path],
    ).toEqual(["UnknownCurrency", "$.currency"]);
    const tiers = (...belowPercents: ReadonlyArray<string>) =>
      readCostShareRequest({
        currency: "USD",
        total: "1.00",
        participants,
        formula: { kind: "tiers", tiers: belowPercents.map((belowPercent) => ({ belowPercent, amount: "0.01" })) },
      });
    const refusals = (result: ReturnType<typeof tiers>) =>
      Result.isFailure(result) && result.failure._tag === "DecodeError"
        ? result.failure.issues.map((issue) => [issue.path, issue.received])
        : result;
    expect(refusals(tiers("1", "0.5"))).toEqual([["$.formula.tiers[1].belowPercent", '"0.5"']]);
    expect(refusals(tiers("0", "100.01"))).toEqual([
      ["$.formula.tiers[0].belowPercent", '"0"'],
      ["$.formula.tiers[1].belowPercent", '"100.01"'],
    ]);
    expect(refusals(tiers("0.5", "0.50"))).toEqual([["$.formula.tiers[1].belowPercent", '"0.50"']]);
    expect(Result.isSuccess(tiers("0.5", "1", "100"))).toBe(true);
  });

  /** A percentage as written in a request, as the exact fraction it stands for, reduced. */
  const percentValue = (text: string): string => {
    const [whole = "0", fraction = ""] = text.split(".");
    let numerator = BigInt(whole + fraction);
    let denominator = 100n * 10n ** BigInt(fraction.length);
    const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));
    const g = gcd(numerator, denominator);
    numerator /= g;
    denominator /= g;
    return `${numerator}/${denominator}`;
  };

  it("the response echoes a tier's threshold exactly (finding 7)", () => {
    for (const [belowPercent, echoed] of [
      ["0.00004", "0.00004"],
      ["33.33333", "33.33333"],
      ["12.50", "12.5"],
      ["50", "50"],
    ]) {
      const response = answer({
        currency: "USD",
        total: "1000.00",
        participants: [
          { id: "A", headcount: 1 },
          { id: "B", headcount: 1_000_000 },
        ],
        formula: { kind: "tiers", tiers: [{ belowPercent, amount: "1.00" }] },
      });
      expect(response.formula).toEqual({ kind: "tiers", tiers: [{ belowPercent: echoed, amount: "1.00" }] });
    }
  });

  test.prop([
    fc.uniqueArray(
      fc
        .tuple(fc.integer({ min: 0, max: 100 }), fc.stringMatching(/^[0-9]{0,12}$/))
        .map(([whole, digits]) => (whole === 100 ? "100" : digits === "" ? `${whole}` : `${whole}.${digits}`)),
      { minLength: 1, maxLength: 5, selector: percentValue },
    ),
  ])("a tier's threshold comes back as the same number it was sent as", (percents) => {
    const belowPercents = percents
      .filter((text) => percentValue(text).split("/")[0] !== "0")
      .sort((a, b) => {
        const [an = 0n, ad = 1n] = percentValue(a).split("/").map(BigInt);
        const [bn = 0n, bd = 1n] = percentValue(b).split("/").map(BigInt);
        return an * bd < bn * ad ? -1 : 1;
      });
    fc.pre(belowPercents.length > 0);
    const response = answer({
      currency: "USD",
      total: "1000000.00",
      participants: [{ id: "A", headcount: 1 }],
      formula: { kind: "tiers", tiers: belowPercents.map((belowPercent) => ({ belowPercent, amount: "0.00" })) },
    });
    const echoed = (response.formula as { tiers: Array<{ belowPercent: string }> }).tiers.map(
      (tier) => tier.belowPercent,
    );
    expect(echoed.map(percentValue)).toEqual(belowPercents.map(percentValue));
    expect(echoed.every((text) => /^(0|[1-9][0-9]*)(\.[0-9]*[1-9])?$/.test(text))).toBe(true);
  });

  it("costShareJsonChunks returns the InvalidAnswer toCostShareResponse returns, never throws (finding 3)", () => {
    const chunks = costShareJsonChunks(JSON.parse("{}"));
    const response = toCostShareResponse(JSON.parse("{}"));
    expect(Result.isFailure(chunks) && chunks.failure).toEqual(Result.isFailure(response) && response.failure);
    expect(Result.isFailure(chunks) && chunks.failure._tag).toBe("InvalidAnswer");
  });

  const good = Result.getOrThrow(
    answerCostShare(
      {
        total: makeMoney(1000n, USD),
        participants: [
          { id: "A", headcount: 1 },
          { id: "B", headcount: 3 },
        ],
        payments: [{ id: "B", withheld: makeMoney(100n, USD) }],
      },
      { explain: true },
    ),
  );
  /** A plain copy of a good answer with one field, somewhere, replaced by `value`. */
  const spoiled = (where: number, value: unknown): unknown => {
    const plain = {
      apportionment: { ...good.apportionment, shares: good.apportionment.shares.map((share) => ({ ...share })) },
      funding: { ...good.funding!, rows: good.funding!.rows.map((row) => ({ ...row })) },
      explanations: good.explanations!.map((explanation) => ({ ...explanation })),
    };
    const places: ReadonlyArray<[Record<string, unknown>, string]> = [
      [plain, "apportionment"],
      [plain.apportionment, "total"],
      [plain.apportionment, "formula"],
      [plain.apportionment, "shares"],
      [plain.apportionment.shares[1]!, "amount"],
      [plain.apportionment.shares[0]!, "id"],
      [plain.apportionment.shares[0]!, "tier"],
      [plain, "funding"],
      [plain.funding.rows[1]!, "paid"],
      [plain, "explanations"],
      [plain.explanations[0]!, "leftoverUnit"],
      [plain.explanations[1]!, "quota"],
    ];
    const [object, key] = places[where % places.length]!;
    object[key] = value;
    return plain;
  };

  test.prop([fc.nat(), hostileRecipe])(
    "costShareJsonChunks and toCostShareResponse agree on any value: the same InvalidAnswer, or the same JSON",
    (where, recipe) => {
      const input = spoiled(where, buildHostile(recipe)) as CostShareAnswer;
      const chunks = costShareJsonChunks(input);
      const response = toCostShareResponse(input);
      if (Result.isFailure(response)) expect(Result.isFailure(chunks) && chunks.failure).toEqual(response.failure);
      else {
        expect(Result.isSuccess(chunks)).toBe(true);
        if (Result.isSuccess(chunks))
          expect([...chunks.success].join("")).toBe(JSON.stringify(response.success, null, 2));
      }
    },
  );
});
