import { apportion, runScenario } from "@unsms/cost-sharing";
import { apportionWeights, makeApportioner, type ApportionedUnits } from "@unsms/cost-sharing/batch";
import { makeMoney, USD } from "@unsms/core";
import * as Result from "effect/Result";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";

const usd = (units: bigint) => makeMoney(units, USD);
const throwing = () => {
  throw new Error("boom");
};
const throwing_ = (): never => {
  throw new Error("a length of the caller's");
};

describe("hostile values are error values, never thrown (issue 16)", () => {
  it("apportion on participants with throwing getters, or a throwing proxy", () => {
    const getterId = [
      { id: "A", headcount: 1 },
      Object.defineProperty({ headcount: 1 }, "id", { get: throwing, enumerable: true }),
    ];
    const getterHeadcount = [Object.defineProperty({ id: "A" }, "headcount", { get: throwing, enumerable: true })];
    const proxy = new Proxy([{ id: "A", headcount: 1 }], { get: throwing });
    for (const participants of [getterId, getterHeadcount, proxy]) {
      const result = apportion(usd(100n), participants as never);
      expect(Result.isFailure(result) && [result.failure._tag, result.failure.message]).toEqual([
        "InvalidParticipants",
        "the participants are invalid: 1 problem; first: $.participants: expected participants that can be read, received a value that threw Error: boom",
      ]);
    }
  });

  it("each field is read once: a getter that changes its answer cannot make the result inconsistent", () => {
    let reads = 0;
    const fickle = Object.defineProperty({ id: "B" }, "headcount", {
      get: () => (reads++ === 0 ? 1 : -5),
      enumerable: true,
    });
    const shares = Result.getOrThrow(apportion(usd(100n), [{ id: "A", headcount: 1 }, fickle as never]));
    expect(reads).toBe(1);
    expect(shares.shares.map((share) => [share.headcount, share.amount.minorUnits])).toEqual([
      [1, 50n],
      [1, 50n],
    ]);
  });

  it("makeApportioner and apportionWeights refuse a length of 2^32 − 1 at once", () => {
    const started = Date.now();
    const huge = { length: 2 ** 32 - 1 };
    const apportioner = makeApportioner(huge);
    expect(Result.isFailure(apportioner) && apportioner.failure.issues[0]?.expected).toBe(
      "a list of at most 134217728 headcounts",
    );
    const split = apportionWeights(100n, huge);
    expect(Result.isFailure(split) && "issues" in split.failure && split.failure.issues[0]?.expected).toBe(
      "a list of at most 134217728 headcounts",
    );
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("a long list of bad weights lists 100 problems and counts the rest (omitted)", () => {
    const result = apportionWeights(100n, new Array<number>(1000).fill(-1));
    expect(
      Result.isFailure(result) &&
        "omitted" in result.failure && [
          result.failure.issues.length,
          result.failure.omitted,
          result.failure.message.split(";")[0],
        ],
    ).toEqual([100, 900, "the weights are invalid: 1000 problems"]);
    const objects = makeApportioner({ length: 1000 });
    expect(Result.isFailure(objects) && [objects.failure.issues.length, objects.failure.omitted]).toEqual([100, 900]);
  });

  it("a million holes make an error of 100 issues and a count, not two million issues (MAX_ISSUES)", () => {
    const result = apportion(usd(1n), new Array(1e6));
    expect(
      Result.isFailure(result) &&
        result.failure._tag === "InvalidParticipants" && [
          result.failure.issues.length,
          result.failure.omitted,
          result.failure.issues[99]?.path,
          result.failure.message.split(";")[0],
        ],
    ).toEqual([100, 1_999_900, "$.participants[49].headcount", "the participants are invalid: 2000000 problems"]);
  });

  test.prop([fc.array(fc.oneof(fc.constant(-1), fc.constant(1.5), fc.nat(3)), { minLength: 1, maxLength: 400 })])(
    "apportion lists the first 100 problems in input order and counts every one",
    (headcounts) => {
      const participants = headcounts.map((headcount, i) => ({ id: i % 7 === 6 ? "" : `P${i}`, headcount }));
      const expected = participants.flatMap((p, i) => [
        ...(p.id === "" ? [`$.participants[${i}].id`] : []),
        ...(Number.isSafeInteger(p.headcount) && p.headcount >= 0 ? [] : [`$.participants[${i}].headcount`]),
      ]);
      fc.pre(expected.length > 0);
      const result = apportion(usd(100n), participants);
      expect(
        Result.isFailure(result) &&
          result.failure._tag === "InvalidParticipants" && {
            paths: result.failure.issues.map((issue) => issue.path),
            omitted: result.failure.omitted,
          },
      ).toEqual({ paths: expected.slice(0, 100), omitted: Math.max(0, expected.length - 100) });
    },
  );

  it("a typed array's own length never runs: apportionWeights and makeApportioner read the engine's (finding 2)", () => {
    const throwing = Uint32Array.of(1, 2, 3);
    Object.defineProperty(throwing, "length", { get: () => throwing_() });
    const lying = Uint32Array.of(1, 2, 3);
    Object.defineProperty(lying, "length", { value: 5 });
    class Sub extends Float64Array {
      override get length(): number {
        throw new Error("a subclass's length");
      }
    }
    const swapped = Uint16Array.of(1, 2, 3);
    Object.setPrototypeOf(
      swapped,
      new Proxy(Uint16Array.prototype, {
        get: () => {
          throw new Error("a proxy of a prototype");
        },
      }),
    );
    const numbers = (split: ApportionedUnits): Array<number | bigint> =>
      split.exactAs === "number" ? Array.from(split.units) : [...split.units];
    for (const weights of [throwing, lying, new Sub([1, 2, 3]), swapped]) {
      expect(numbers(Result.getOrThrow(apportionWeights(10n, weights)))).toEqual([2, 3, 5]);
      const apportioner = Result.getOrThrow(makeApportioner(weights));
      expect([apportioner.length, numbers(Result.getOrThrow(apportioner.apportion(10n)))]).toEqual([3, [2, 3, 5]]);
    }
    // apportionInto reads `out`'s length as the engine holds it too, and never calls its methods
    const apportioner = Result.getOrThrow(makeApportioner([1, 2, 3]));
    const out = new Sub(3);
    expect(Array.from(Result.getOrThrow(apportioner.apportionInto(10n, out)))).toEqual([2, 3, 5]);
    expect(Result.isFailure(apportioner.apportionInto(10n, new Sub(4)))).toBe(true);
    const zero = Result.getOrThrow(makeApportioner([0, 0]));
    const filled = Object.defineProperty(new Float64Array([7, 7]), "fill", { value: () => throwing_() });
    expect(Array.from(Result.getOrThrow(zero.apportionInto(0n, filled)))).toEqual([0, 0]);
  });

  it("a duplicate id among 20 000 is found with the index of its first occurrence", () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `ORG-${i}`);
    const participants = [...ids, "ORG-7"].map((id) => ({ id, headcount: 1 }));
    const result = apportion(usd(100n), participants);
    expect(
      Result.isFailure(result) &&
        "issues" in result.failure &&
        result.failure.issues.map((issue) => [issue.path, issue.message]),
    ).toEqual([
      [
        "$.participants[20000].id",
        '$.participants[20000].id: expected an id not given before ($.participants[7] has it), received "ORG-7"',
      ],
    ]);
  });

  it("a megabyte id given twice is cut in the issue (core's describeValue), not copied whole", () => {
    const id = "X".repeat(1_000_000);
    const result = apportion(usd(100n), [
      { id, headcount: 1 },
      { id, headcount: 2 },
    ]);
    const issue = Result.isFailure(result) && "issues" in result.failure ? result.failure.issues[0] : undefined;
    expect(issue?.received).toBe(`"${"X".repeat(59)}…" (1000000 characters)`);
    expect(issue?.message.length).toBeLessThan(200);
  });

  it("runScenario with an unknown kind returns InvalidScenario (was undefined)", () => {
    const input = { total: usd(100n), participants: [{ id: "A", headcount: 1 }] };
    for (const scenario of [{ kind: "merge" }, null, 42, { kind: 7 }]) {
      const result = runScenario(input, scenario as never);
      expect(result).toBeDefined();
      expect(
        Result.isFailure(result) && [result.failure._tag, "path" in result.failure ? result.failure.path : ""],
      ).toEqual(["InvalidScenario", "$.scenario.kind"]);
    }
  });
});

describe("the documented limits of a plain JS caller's arguments", () => {
  const failureOf = <A, E>(result: Result.Result<A, E>): E | undefined =>
    Result.isFailure(result) ? result.failure : undefined;
  const one = [{ id: "A", headcount: 1 }];

  it("apportion refuses a list said to hold more than 2^27 participants by its length, before reading it", () => {
    const sparse: Array<{ id: string; headcount: number }> = [{ id: "A", headcount: 1 }];
    sparse.length = 2 ** 32 - 1; // a real array of a few bytes: Array.isArray is true
    const failure = failureOf(apportion(usd(100n), sparse));
    expect(failure?._tag).toBe("InvalidParticipants");
    expect(failure && "issues" in failure && failure.issues[0]).toMatchObject({
      path: "$.participants",
      expected: "1 to 134217728 participants",
      received: "an array of 4294967295 items",
    });
  });

  it("apportion takes a total of 30 digits before the decimal point in any currency, and refuses one more", () => {
    for (const [currency, exponent] of [
      [USD, 2],
      [{ code: "JPY", exponent: 0 }, 0],
      [{ code: "KWD", exponent: 3 }, 3],
    ] as const) {
      const largest = 10n ** BigInt(30 + exponent) - 1n;
      for (const units of [largest, -largest])
        expect(Result.isSuccess(apportion(makeMoney(units, currency), one))).toBe(true);
      for (const units of [largest + 1n, -largest - 1n, 10n ** 80_000n]) {
        const failure = failureOf(apportion(makeMoney(units, currency), one));
        expect([failure?._tag, failure && "path" in failure && failure.path]).toEqual(["InvalidAmount", "$.total"]);
        expect(failure && "expected" in failure && failure.expected).toBe(
          "a Money of at most 30 digits before the decimal point",
        );
      }
    }
  });

  it("a formula's amounts beyond the limit, and more than 100 tiers, are refused", () => {
    const minimum = failureOf(apportion(usd(100n), one, { kind: "floor", minimum: usd(10n ** 32n) }));
    expect([minimum?._tag, minimum && "path" in minimum && minimum.path]).toEqual([
      "InvalidFormula",
      "$.formula.minimum",
    ]);
    const tiers = (count: number) =>
      Array.from({ length: count }, (_, i) => ({
        below: { numerator: BigInt(i + 1), denominator: 1000n },
        amount: usd(1n),
      }));
    expect(Result.isSuccess(apportion(usd(10_000n), one, { kind: "tiers", tiers: tiers(100) }))).toBe(true);
    const many = failureOf(apportion(usd(10_000n), one, { kind: "tiers", tiers: tiers(101) }));
    expect(many && "path" in many && [many._tag, many.path, many.expected]).toEqual([
      "InvalidFormula",
      "$.formula.tiers",
      "a list of at most 100 tiers",
    ]);
  });

  it("apportionWeights and an apportioner take a total of at most 48 digits; apportionInto keeps its 2^53 − 1", () => {
    const largest = 10n ** 48n - 1n;
    const apportioner = Result.getOrThrow(makeApportioner([1, 2]));
    for (const total of [largest, -largest]) {
      expect(Result.isSuccess(apportionWeights(total, [1, 2]))).toBe(true);
      expect(Result.isSuccess(apportioner.apportion(total))).toBe(true);
    }
    for (const total of [largest + 1n, -largest - 1n]) {
      for (const result of [apportionWeights(total, [1, 2]), apportioner.apportion(total)]) {
        const failure = failureOf(result);
        expect(failure && "path" in failure && [failure._tag, failure.path, failure.expected]).toEqual([
          "InvalidAmount",
          "$.total",
          "a bigint number of minor units of at most 48 digits",
        ]);
      }
    }
    const into = failureOf(apportioner.apportionInto(largest, new Float64Array(2)));
    expect(into && "path" in into && into.path).toBe("$.total");
  });

  it("a total that is not a bigint is described as core describes a value: a long string is cut", () => {
    const failure = failureOf(apportionWeights("9".repeat(100_000) as never, [1]));
    expect(failure && "received" in failure && failure.received.length).toBeLessThan(100);
    expect(failure && "expected" in failure && failure.expected).toBe(
      "a bigint number of minor units, e.g. 40000000000n",
    );
  });
});

describe("apportion reads each field of its arguments once (a getter's later answers are never used)", () => {
  /** An object whose `key` answers `first` on the first read and `then` on every later one. */
  const fickle = <T extends object>(base: T, key: string, first: unknown, then: unknown): T => {
    let reads = 0;
    return Object.defineProperty({ ...base }, key, { get: () => (reads++ === 0 ? first : then), enumerable: true });
  };
  const two = [
    { id: "A", headcount: 1 },
    { id: "B", headcount: 3 },
  ];

  it("the total: its minor units as first read are shared, and the apportionment holds them", () => {
    const total = fickle(usd(100n), "minorUnits", 100n, 10n ** 80_000n);
    const result = Result.getOrThrow(apportion(total, two));
    expect(result.total.minorUnits).toBe(100n);
    expect(result.shares.map((share) => share.amount.minorUnits)).toEqual([25n, 75n]);
  });

  it("the formula: its kind, minimum and tiers as first read are applied, and the apportionment holds them", () => {
    const kind = fickle({ kind: "floor", minimum: usd(40n) }, "kind", "floor", "tiers");
    const floor = Result.getOrThrow(apportion(usd(100n), two, kind as never));
    expect(floor.formula).toEqual({ kind: "floor", minimum: usd(40n) });
    expect(floor.shares.map((share) => share.amount.minorUnits)).toEqual([40n, 60n]);

    const tier = { below: { numerator: 1n, denominator: 2n }, amount: usd(10n) };
    const huge: Array<typeof tier> = [];
    huge.length = 2 ** 32 - 1;
    const tiers = fickle({ kind: "tiers", tiers: [tier] }, "tiers", [tier], huge);
    const tiered = Result.getOrThrow(apportion(usd(100n), two, tiers as never));
    expect(tiered.formula).toEqual({ kind: "tiers", tiers: [tier] });
    expect(tiered.shares.map((share) => share.amount.minorUnits)).toEqual([10n, 90n]);

    const amount = fickle(usd(10n), "minorUnits", 10n, -(10n ** 80_000n));
    const once = Result.getOrThrow(
      apportion(usd(100n), two, { kind: "tiers", tiers: [{ below: tier.below, amount }] } as never),
    );
    expect(once.shares.map((share) => share.amount.minorUnits)).toEqual([10n, 90n]);
  });
});
