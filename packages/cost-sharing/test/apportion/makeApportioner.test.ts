import { fc, test } from "@fast-check/vitest";
import { apportionWeights, makeApportioner, type Apportioner, type ApportionedUnits } from "@unsms/cost-sharing/batch";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { headcountArb, totalArb } from "../support/arbitraries";
import { referenceHamilton } from "../support/referenceHamilton";

const make = (weights: ArrayLike<number>): Apportioner => Result.getOrThrow(makeApportioner(weights));

const asBigInts = (split: ApportionedUnits): Array<bigint> =>
  split.exactAs === "number" ? Array.from(split.units, (units) => BigInt(units)) : [...split.units];

const into = (apportioner: Apportioner, total: bigint): Array<bigint> => {
  const out = new Float64Array(apportioner.length);
  return Array.from(Result.getOrThrow(apportioner.apportionInto(total, out)), (units) => BigInt(units));
};

const failureTag = (result: Result.Result<unknown, { readonly _tag: string }>): string | undefined =>
  Result.isFailure(result) ? result.failure._tag : undefined;

const weightsArb = fc.array(headcountArb, { minLength: 1, maxLength: 60 }).filter((ws) => ws.some((w) => w > 0));
const safeTotalArb = fc.oneof(
  fc.bigInt({ min: -1_000_000_000_000n, max: 1_000_000_000_000n }),
  fc.bigInt({ min: -(2n ** 53n - 1n), max: 2n ** 53n - 1n }),
);

describe("makeApportioner", () => {
  it("apportions into the caller's array, the largest remainders winning, ties to the lower index", () => {
    const apportioner = make([50, 20, 15, 15]);
    expect(apportioner.length).toBe(4);
    expect(apportioner.whole).toBe(100);
    const out = new Float64Array(4);
    expect(Result.getOrThrow(apportioner.apportionInto(10n, out))).toBe(out);
    expect(Array.from(out)).toEqual([5, 2, 2, 1]);
    expect(Array.from(Result.getOrThrow(apportioner.apportionInto(-10n, out)))).toEqual([-5, -2, -2, -1]);
    expect(Array.from(Result.getOrThrow(apportioner.apportionInto(0n, out)))).toEqual([0, 0, 0, 0]);
    expect(Object.is(out[0], -0)).toBe(false);
    expect(asBigInts(Result.getOrThrow(apportioner.apportion(10n ** 30n)))).toEqual(
      referenceHamilton(10n ** 30n, [50, 20, 15, 15]),
    );
  });

  it("keeps a copy of the weights: changing the array afterwards changes nothing", () => {
    const weights = [3, 1, 1];
    const apportioner = make(weights);
    weights[0] = 0;
    expect(into(apportioner, 5n)).toEqual([3n, 1n, 1n]);
  });

  it("reports bad weights as makeApportioner's own error values", () => {
    expect(failureTag(makeApportioner([]))).toBe("InvalidParticipants");
    expect(failureTag(makeApportioner([1, -1, 0.5]))).toBe("InvalidParticipants");
    expect(failureTag(makeApportioner(null as never))).toBe("InvalidParticipants");
    expect(failureTag(makeApportioner({ length: -1 }))).toBe("InvalidParticipants");
    expect(failureTag(makeApportioner({ length: 2 ** 40 }))).toBe("InvalidParticipants");
    const invalid = makeApportioner([2, Number.NaN]);
    expect(Result.isFailure(invalid) && invalid.failure.issues.map((issue) => issue.path)).toEqual([
      "$.participants[1].headcount",
    ]);
  });

  it("weights that throw when read are reported, not thrown", () => {
    const throwing = new Proxy([1, 2, 3], {
      get: (target, key) => {
        if (key === "1") throw new Error("no access");
        return Reflect.get(target, key) as unknown;
      },
    });
    const lengthThrows = Object.defineProperty({}, "length", {
      get: () => {
        throw new Error("no length");
      },
    });
    for (const weights of [throwing, lengthThrows]) {
      const made = makeApportioner(weights as never);
      expect(failureTag(made)).toBe("InvalidParticipants");
      if (Result.isFailure(made)) expect(made.failure.message).toMatch(/threw \(Error: no (access|length)\)/);
      expect(failureTag(apportionWeights(10n, weights as never))).toBe("InvalidParticipants");
    }
  });

  it("writes nothing when it fails", () => {
    const apportioner = make([1, 2, 3]);
    const out = Float64Array.of(7, 7, 7);
    const beyond = apportioner.apportionInto(2n ** 53n, out);
    expect(failureTag(beyond)).toBe("InvalidOutput");
    if (Result.isFailure(beyond)) expect(beyond.failure.path).toBe("$.total");
    expect(failureTag(apportioner.apportionInto(-(2n ** 53n), out))).toBe("InvalidOutput");
    expect(failureTag(apportioner.apportionInto(6 as never, out))).toBe("InvalidAmount");
    expect(failureTag(apportioner.apportion("6" as never))).toBe("InvalidAmount");
    expect(Array.from(out)).toEqual([7, 7, 7]);
    // the largest total a Float64Array holds exactly is accepted
    expect(
      Result.getOrThrow(apportioner.apportionInto(2n ** 53n - 1n, out)).reduce((sum, units) => sum + units, 0),
    ).toBe(2 ** 53 - 1);
  });

  it("accepts only a genuine Float64Array of the right length", () => {
    const apportioner = make([1, 2, 3]);
    const real = new Float64Array(3);
    const dressed = Object.setPrototypeOf(new Uint8Array(3), Float64Array.prototype) as Float64Array;
    const outs = [
      new Float64Array(2),
      [0, 0, 0],
      new Uint32Array(3),
      new Proxy(real, {}),
      dressed,
      null,
      undefined,
      "abc",
    ];
    const received = outs.map((out) => {
      const result = apportioner.apportionInto(6n, out as never);
      expect(failureTag(result)).toBe("InvalidOutput");
      return Result.isFailure(result) && result.failure._tag === "InvalidOutput"
        ? `${result.failure.path} ${result.failure.received}`
        : "";
    });
    expect(received).toEqual([
      "$.out a Float64Array of 2",
      "$.out an array",
      "$.out a Uint32Array",
      "$.out object",
      "$.out a Uint8Array",
      "$.out null",
      "$.out undefined",
      "$.out string",
    ]);
    expect(Array.from(real)).toEqual([0, 0, 0]);
  });

  it("checks the length on every call, even of an array it has seen (a resizable buffer can shrink)", () => {
    const apportioner = make([1, 1]);
    // resizable buffers are ES2024 (Node 20 has them; the typings here stop at ES2023)
    type Resizable = ArrayBuffer & { resize: (byteLength: number) => void };
    const buffer = new (
      ArrayBuffer as unknown as new (byteLength: number, options: { maxByteLength: number }) => Resizable
    )(16, { maxByteLength: 32 });
    const out = new Float64Array(buffer);
    expect(Array.from(Result.getOrThrow(apportioner.apportionInto(3n, out)))).toEqual([2, 1]);
    buffer.resize(8);
    expect(failureTag(apportioner.apportionInto(3n, out))).toBe("InvalidOutput");
  });

  it("zero headcounts: a zero total gives zeros, any other total ZeroHeadcount", () => {
    const apportioner = make([0, 0]);
    expect(into(apportioner, 0n)).toEqual([0n, 0n]);
    expect(failureTag(apportioner.apportionInto(1n, new Float64Array(2)))).toBe("ZeroHeadcount");
    expect(failureTag(apportioner.apportion(-1n))).toBe("ZeroHeadcount");
  });

  it("weights adding up to more than 2^23, or more than 256 of them, take the general paths", () => {
    const heavy = [2 ** 23, 3, 1];
    expect(into(make(heavy), 1_000_003n)).toEqual(referenceHamilton(1_000_003n, heavy));
    const many = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 101);
    expect(into(make(many), 123_456_789n)).toEqual(referenceHamilton(123_456_789n, many));
  });

  it("a product at the very edge of exact numbers (t × maxWeight + whole = 2^53)", () => {
    for (const weights of [
      [3, 1],
      [5, 2, 2],
      [1_048_575, 1],
      [7, 7, 7, 1],
    ]) {
      const whole = weights.reduce((sum, w) => sum + w, 0);
      const maxWeight = Math.max(...weights);
      const total = (2n ** 53n - BigInt(whole)) / BigInt(maxWeight);
      for (const t of [total, total - 1n, total + 1n, -total])
        expect(into(make(weights), t)).toEqual(referenceHamilton(t, weights));
    }
  });

  test.prop([safeTotalArb, weightsArb])("apportionInto equals the oracle on every path", (total, weights) => {
    expect(into(make(weights), total)).toEqual(referenceHamilton(total, weights));
  });

  test.prop([safeTotalArb, weightsArb])("the shares written add up to the total", (total, weights) => {
    const apportioner = make(weights);
    const out = Result.getOrThrow(apportioner.apportionInto(total, new Float64Array(apportioner.length)));
    expect(Array.from(out, (units) => BigInt(units)).reduce((sum, units) => sum + units, 0n)).toBe(total);
  });

  test.prop([
    fc.array(fc.integer({ min: 0, max: 2 ** 16 }), { minLength: 1, maxLength: 256 }),
    fc.integer({ min: 0, max: 2 ** 37 }),
    fc.integer({ min: -64, max: 64 }),
  ])("totals whose products come near 2^52 and 2^53, the edge of exact numbers", (weights, spread, nudge) => {
    const whole = weights.reduce((sum, w) => sum + w, 0);
    const maxWeight = Math.max(...weights);
    fc.pre(whole > 0);
    // a total right at t × maxWeight + whole ≈ 2^52 (or 2^53), nudged either way
    const edge =
      BigInt(Math.floor((2 ** 52 - whole) / maxWeight)) +
      BigInt(nudge) +
      (spread % 2 === 0 ? 0n : 2n ** 52n / BigInt(maxWeight));
    const total = edge < 0n ? -edge : edge;
    fc.pre(total <= 2n ** 53n - 1n);
    expect(into(make(weights), total)).toEqual(referenceHamilton(total, weights));
  });

  test.prop([
    fc.array(fc.constantFrom(1, 2, 3), { minLength: 1, maxLength: 256 }),
    fc.bigInt({ min: 0n, max: 10n ** 6n }),
  ])("many equal remainders: ties to the lower index, as the oracle", (weights, total) => {
    expect(into(make(weights), total)).toEqual(referenceHamilton(total, weights));
  });

  test.prop([totalArb, weightsArb])("apportion equals apportionWeights, numbers or bigints", (total, weights) => {
    expect(asBigInts(Result.getOrThrow(make(weights).apportion(total)))).toEqual(
      asBigInts(Result.getOrThrow(apportionWeights(total, weights))),
    );
  });

  test.prop([weightsArb, fc.array(safeTotalArb, { minLength: 1, maxLength: 8 })])(
    "one apportioner and one array reused over many totals answer as fresh ones: no state carries over",
    (weights, totals) => {
      const apportioner = make(weights);
      const out = new Float64Array(apportioner.length);
      for (const total of totals) {
        const reused = Array.from(Result.getOrThrow(apportioner.apportionInto(total, out)), (units) => BigInt(units));
        expect(reused).toEqual(into(make(weights), total));
      }
    },
  );

  test.prop([fc.anything(), fc.anything(), fc.anything()])(
    "every error is returned, never thrown",
    (weights, total, out) => {
      expect(() => {
        const made = makeApportioner(weights as never);
        if (Result.isSuccess(made)) {
          made.success.apportionInto(total as never, out as never);
          made.success.apportion(total as never);
        }
      }).not.toThrow();
    },
  );
});
