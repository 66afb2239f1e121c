import { fc, test } from "@fast-check/vitest";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import {
  addMoney,
  compareMoney,
  divideRatios,
  divideRoundHalfUp,
  EUR,
  getCurrency,
  makeMoney,
  makeRate,
  makeRatio,
  parseInstant,
  parseMoney,
  percentage,
  subtractMoney,
  sumMoney,
  USD,
} from "../src/index";
import { buildHostile, type HostileRecipe, hostileRecipe } from "../../../tools/vitest/hostile";

// docs/guides/conventions.md, "Paths": a function argument that is not a document is named
// by the argument's name, whatever the error (review finding: `divideRoundHalfUp(1n, 0n)`
// said `$`, `divideRatios` `$.divisor`, `makeRatio` `$.whole`).

type Failing = Result.Result<unknown, { readonly path: string }>;
const pathOf = (result: Failing): string | undefined => (Result.isFailure(result) ? result.failure.path : undefined);

const one = Result.getOrThrow(makeRatio(1, 1));
const zero = Result.getOrThrow(makeRatio(0, 1));
const dollar = makeMoney(100n, USD);
const euro = makeMoney(100n, EUR);
const any = (value: unknown) => value as never;

describe("every error of a function argument names the argument", () => {
  it.each<[string, string, () => Failing]>([
    ["makeRatio(1, 0)", "whole", () => makeRatio(1, 0)],
    ["makeRatio(1.5, 2)", "part", () => makeRatio(1.5, 2)],
    ["makeRatio(1, 0.5)", "whole", () => makeRatio(1, 0.5)],
    ["makeRate(1, 0)", "whole", () => makeRate(1, 0)],
    ["percentage(1, 0)", "whole", () => percentage(1, 0)],
    ["percentage(NaN, 1)", "part", () => percentage(Number.NaN, 1)],
    ["divideRoundHalfUp(1n, 0n)", "denominator", () => divideRoundHalfUp(1n, 0n)],
    ["divideRoundHalfUp(1n, 0.5)", "denominator", () => divideRoundHalfUp(1n, any(0.5))],
    ["divideRoundHalfUp(0.5, 1n)", "numerator", () => divideRoundHalfUp(any(0.5), 1n)],
    ["divideRatios(1, 0)", "b", () => divideRatios(one, zero)],
    ["divideRatios(1, 5)", "b", () => divideRatios(one, any(5))],
    ["divideRatios(5, 1)", "a", () => divideRatios(any(5), one)],
    ["addMoney(USD, EUR)", "right", () => addMoney(dollar, euro)],
    ["subtractMoney(USD, EUR)", "right", () => subtractMoney(dollar, euro)],
    ["compareMoney(USD, EUR)", "right", () => compareMoney(dollar, euro)],
    ["addMoney(5, USD)", "left", () => addMoney(any(5), dollar)],
    ["sumMoney(USD, [USD, EUR])", "amounts[1]", () => sumMoney(USD, [dollar, euro])],
    ["sumMoney(USD, [USD, 5])", "amounts[1]", () => sumMoney(USD, [dollar, any(5)])],
    ["sumMoney(USD, 5)", "amounts", () => sumMoney(USD, any(5))],
    ["sumMoney(5, [])", "currency", () => sumMoney(any(5), [])],
    ["parseMoney('1.234', USD)", "text", () => parseMoney("1.234", USD)],
    ["parseMoney('1', 5)", "currency", () => parseMoney("1", any(5))],
    ["getCurrency('XYZ')", "code", () => getCurrency("XYZ")],
    ["parseInstant('2006-06-30')", "text", () => parseInstant("2006-06-30")],
    ["parseInstant(5)", "text", () => parseInstant(any(5))],
  ])("%s names %s", (_, path, call) => {
    expect(pathOf(call())).toBe(path);
  });

  it("a reader given the path of a document value names that path", () => {
    expect(pathOf(parseMoney("1.234", USD, "$.total"))).toBe("$.total");
    expect(pathOf(getCurrency("XYZ", "$.currency"))).toBe("$.currency");
    expect(pathOf(parseInstant("2006-06-30", "--at"))).toBe("--at");
  });

  /** The recipe of a value from a plain JS caller: hostile, or one of the values these functions take. */
  const argument: fc.Arbitrary<HostileRecipe> = fc.oneof(
    hostileRecipe,
    fc
      .oneof(
        fc.bigInt({ min: -3n, max: 3n }),
        fc.integer({ min: -3, max: 3 }),
        fc.constantFrom(0.5, Number.NaN, one, zero, dollar, euro, USD, EUR, "1.00", "1.234", "USD", "XYZ"),
        fc.constantFrom("2006-06-30T12:00:00Z", "2006-06-30", "9999-12-31T23:59:59-23:59"),
        fc.array(fc.constantFrom<unknown>(dollar, euro, 5), { maxLength: 3 }),
      )
      .map((plain) => ({ plain })),
  );
  const cases: ReadonlyArray<readonly [string, (a: never, b: never) => Failing, RegExp]> = [
    ["makeRatio", makeRatio, /^(part|whole)$/],
    ["makeRate", makeRate, /^(part|whole)$/],
    ["percentage", (a, b) => percentage(a, b), /^(part|whole)$/],
    ["divideRoundHalfUp", divideRoundHalfUp, /^(numerator|denominator)$/],
    ["divideRatios", divideRatios, /^(a|b)$/],
    ["addMoney", addMoney, /^(left|right)$/],
    ["subtractMoney", subtractMoney, /^(left|right)$/],
    ["compareMoney", compareMoney, /^(left|right)$/],
    ["sumMoney", sumMoney, /^(currency|amounts(\[\d+\])?)$/],
    ["parseMoney", (a, b) => parseMoney(a, b), /^(text|currency)$/],
    ["getCurrency", (a) => getCurrency(a), /^code$/],
    ["parseInstant", (a) => parseInstant(a), /^text$/],
  ];
  test.prop([fc.constantFrom(...cases), argument, argument])(
    "whatever the arguments, an error's path is the name of one of them",
    ([, call, names], a, b) => {
      const path = pathOf(call(buildHostile(a) as never, buildHostile(b) as never));
      if (path !== undefined) expect(path).toMatch(names);
    },
  );
});
