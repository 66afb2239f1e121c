import { CurrencyMismatch, makeIssue, type Currency, type Money, describeValue } from "@unsms/core";
import { InvalidFormula } from "../errors/InvalidFormula";
import type { Formula } from "../formula/Formula";
import { isMoney } from "./isMoney";

/** A formula refused at `path`. */
const invalid = (path: string, expected: string, received: string): InvalidFormula =>
  new InvalidFormula(makeIssue(path, expected, received));

/** What is wrong with an amount of a formula, or undefined. */
const moneyProblem = (
  amount: Money,
  currency: Currency,
  path: string,
): CurrencyMismatch | InvalidFormula | undefined => {
  if (!isMoney(amount)) return invalid(path, "an amount of money", describeValue(amount));
  if (amount.currency.code !== currency.code)
    return new CurrencyMismatch(makeIssue(path, `an amount in ${currency.code}`, amount.currency.code));
  if (amount.minorUnits < 0n) return invalid(path, "an amount of 0 or more", String(amount.minorUnits));
  return undefined;
};

/**
 * Checks a formula against the total's currency: amounts in that currency and not
 * negative, tier thresholds strictly increasing fractions in (0, 1]. Returns what is wrong,
 * or undefined.
 *
 * @internal
 */
export const checkFormula = (formula: Formula, currency: Currency): CurrencyMismatch | InvalidFormula | undefined => {
  const kind: unknown = typeof formula === "object" && formula !== null ? formula.kind : undefined;
  if (kind !== "proportional" && kind !== "floor" && kind !== "tiers")
    return invalid("$.formula.kind", '"proportional", "floor" or "tiers"', describeValue(kind));
  switch (formula.kind) {
    case "proportional":
      return undefined;
    case "floor":
      return moneyProblem(formula.minimum, currency, "$.formula.minimum");
    case "tiers": {
      const tiers: unknown = formula.tiers; // read once: a getter's second answer is never checked
      if (!Array.isArray(tiers)) return invalid("$.formula.tiers", "a list of tiers", describeValue(tiers));
      let previous: { numerator: bigint; denominator: bigint } | undefined;
      for (const [index, tier] of (tiers as typeof formula.tiers).entries()) {
        const at = `$.formula.tiers[${index}]`;
        if (typeof tier !== "object" || tier === null) return invalid(at, "a tier", describeValue(tier));
        const problem = moneyProblem(tier.amount, currency, `${at}.amount`);
        if (problem !== undefined) return problem;
        const below: unknown = tier.below;
        const { numerator, denominator } = (typeof below === "object" && below !== null ? below : {}) as {
          numerator?: unknown;
          denominator?: unknown;
        };
        if (typeof numerator !== "bigint" || typeof denominator !== "bigint")
          return invalid(`${at}.below`, "a Rate: a fraction of bigints", describeValue(below));
        const inRange = denominator > 0n && numerator > 0n && numerator <= denominator;
        const increasing =
          previous === undefined || numerator * previous.denominator > previous.numerator * denominator;
        if (!inRange || !increasing)
          return invalid(
            `${at}.below`,
            "a fraction of the headcount in (0, 1] above the previous tier's",
            `${numerator}/${denominator}`,
          );
        previous = { numerator, denominator };
      }
      return undefined;
    }
  }
};
