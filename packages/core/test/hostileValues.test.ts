import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import {
  addMoney,
  addRatios,
  compareRatios,
  divideRatios,
  divideRoundHalfUp,
  formatMoney,
  formatRatio,
  getCurrency,
  halfUp,
  makeIssue,
  makeIssues,
  negateMoney,
  parseMoney,
  roundRatio,
  sumMoney,
  toErrorJson,
  USD,
  makeMoney,
} from "../src/index";
import { toJsonSchema } from "../src/schema";

const revoked = (): object => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};
const getters = (): object =>
  Object.defineProperty({}, "minorUnits", {
    get: () => {
      throw new Error("touched");
    },
  });
const tagOf = (result: Result.Result<unknown, { readonly _tag: string }>): string =>
  Result.isFailure(result) ? result.failure._tag : "success";

// What a plain JS caller gets for values the types forbid (issue 16 item 5): a documented
// value, never an exception.
describe("core answers values the types forbid with documented values", () => {
  it("money: an InvalidAmount naming the argument, NaN, zero in XXX", () => {
    const one = makeMoney(100n, USD);
    const result = addMoney(one, revoked() as never);
    expect(tagOf(result)).toBe("InvalidAmount");
    if (Result.isFailure(result)) expect(result.failure.path).toBe("right");
    expect(tagOf(addMoney(getters() as never, one))).toBe("InvalidAmount");
    expect(tagOf(sumMoney(USD, { length: 2 ** 32 - 1 } as never))).toBe("InvalidAmount");
    expect(tagOf(sumMoney(revoked() as never, []))).toBe("InvalidAmount");
    expect(tagOf(parseMoney("1.00", { code: "USD", exponent: 1e9 }))).toBe("InvalidAmount");
    expect(formatMoney(revoked() as never)).toBe("NaN");
    expect(formatMoney({ minorUnits: 1n, currency: { code: "USD", exponent: 1e9 } })).toBe("NaN");
    expect(negateMoney(null as never)).toEqual({ minorUnits: 0n, currency: { code: "XXX", exponent: 0 } });
    expect(tagOf(getCurrency(revoked() as never))).toBe("UnknownCurrency");
    expect(tagOf(getCurrency("__proto__"))).toBe("UnknownCurrency");
  });

  it("ratios: the not-a-ratio 0/0 printed NaN, 0 for comparisons and roundings", () => {
    const half = { numerator: 1n, denominator: 2n };
    expect(addRatios(half, revoked() as never)).toEqual({ numerator: 0n, denominator: 0n });
    expect(formatRatio(addRatios(half, { numerator: 1, denominator: 2 } as never))).toBe("NaN");
    expect(compareRatios(half, getters() as never)).toBe(0);
    expect(tagOf(divideRatios(half, revoked() as never))).toBe("NotAnInteger");
    expect(tagOf(divideRoundHalfUp(1 as never, 0n))).toBe("DivisionByZero");
    expect(tagOf(divideRoundHalfUp({} as never, 2n))).toBe("NotAnInteger");
    expect(halfUp(5n, 0n)).toBe(0n);
    expect(halfUp(5n, -2n)).toBe(-3n);
    expect(roundRatio(half, revoked() as never)).toBe(1n);
    expect(roundRatio(revoked() as never)).toBe(0n);
    expect(formatRatio(half, revoked() as never)).toBe("NaN");
  });

  it("errors: described arguments, empty lists, UnreadableError", () => {
    expect(makeIssue(revoked() as never, "x", undefined as never).message).toBe(
      "an unreadable object (a revoked proxy?): expected x, received nothing (missing)",
    );
    expect(makeIssues("the input", revoked() as never)).toEqual({ message: "the input", issues: [], omitted: 0 });
    expect(toErrorJson(revoked() as never).error.code).toBe("UnreadableError");
    expect(toErrorJson({ _tag: "X", message: "m", issues: [revoked()] } as never).error.code).toBe("UnreadableError");
    expect(toJsonSchema(revoked() as never)).toEqual({ not: {} });
  });
});
