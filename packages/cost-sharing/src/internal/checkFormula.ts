import { CurrencyMismatch, type Currency, type Money } from "@unsms/core";
import * as Result from "effect/Result";
import { InvalidFormula } from "../errors/InvalidFormula";
import type { Formula } from "../formula/Formula";
import { isMoney } from "./isMoney";

const moneyProblem = (
  amount: Money,
  currency: Currency,
  path: string,
): Result.Result<void, CurrencyMismatch | InvalidFormula> => {
  if (!isMoney(amount)) {
    return Result.fail(
      new InvalidFormula({
        message: `${path}: expected an amount of money`,
        path,
        expected: "a Money",
        received: typeof amount,
      }),
    );
  }
  if (amount.currency.code !== currency.code) {
    return Result.fail(
      new CurrencyMismatch({
        message: `${path}: the formula is in ${amount.currency.code} but the total is in ${currency.code}`,
        path,
        expected: `an amount in ${currency.code}`,
        received: amount.currency.code,
      }),
    );
  }
  if (amount.minorUnits < 0n) {
    return Result.fail(
      new InvalidFormula({
        message: `${path}: a formula amount cannot be negative`,
        path,
        expected: "an amount of 0 or more",
        received: String(amount.minorUnits),
      }),
    );
  }
  return Result.void;
};

/**
 * Checks a formula against the total's currency: amounts in that currency and not
 * negative, tier thresholds strictly increasing fractions in (0, 1].
 *
 * @internal
 */
export const checkFormula = (
  formula: Formula,
  currency: Currency,
): Result.Result<void, CurrencyMismatch | InvalidFormula> => {
  const kind: unknown = typeof formula === "object" && formula !== null ? formula.kind : undefined;
  if (kind !== "proportional" && kind !== "floor" && kind !== "tiers") {
    return Result.fail(
      new InvalidFormula({
        message: '$.formula: expected a formula of kind "proportional", "floor" or "tiers"',
        path: "$.formula.kind",
        expected: '"proportional", "floor" or "tiers"',
        received: typeof kind === "string" ? JSON.stringify(kind) : typeof kind,
      }),
    );
  }
  if (formula.kind === "tiers" && !Array.isArray(formula.tiers)) {
    return Result.fail(
      new InvalidFormula({
        message: "$.formula.tiers: expected a list of tiers",
        path: "$.formula.tiers",
        expected: "an array",
        received: typeof formula.tiers,
      }),
    );
  }
  switch (formula.kind) {
    case "proportional":
      return Result.void;
    case "floor":
      return moneyProblem(formula.minimum, currency, "$.formula.minimum");
    case "tiers": {
      let previous: { numerator: bigint; denominator: bigint } | undefined;
      for (const [index, tier] of formula.tiers.entries()) {
        if (typeof tier !== "object" || tier === null) {
          const path = `$.formula.tiers[${index}]`;
          return Result.fail(
            new InvalidFormula({
              message: `${path}: expected a tier`,
              path,
              expected: "a tier",
              received: typeof tier,
            }),
          );
        }
        const checked = moneyProblem(tier.amount, currency, `$.formula.tiers[${index}].amount`);
        if (Result.isFailure(checked)) return checked;
        const path = `$.formula.tiers[${index}].below`;
        const below: unknown = tier.below;
        const { numerator, denominator } = (typeof below === "object" && below !== null ? below : {}) as {
          numerator?: unknown;
          denominator?: unknown;
        };
        if (typeof numerator !== "bigint" || typeof denominator !== "bigint") {
          return Result.fail(
            new InvalidFormula({
              message: `${path}: expected a fraction of bigints`,
              path,
              expected: "a Rate",
              received: typeof below,
            }),
          );
        }
        const inRange = denominator > 0n && numerator > 0n && numerator <= denominator;
        const increasing =
          previous === undefined || numerator * previous.denominator > previous.numerator * denominator;
        if (!inRange || !increasing) {
          return Result.fail(
            new InvalidFormula({
              message: `${path}: a tier threshold must be a fraction of the headcount in (0, 1], above the previous tier's`,
              path,
              expected: "a fraction in (0, 1] above the previous threshold",
              received: `${numerator}/${denominator}`,
            }),
          );
        }
        previous = tier.below;
      }
      return Result.void;
    }
  }
};
