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
  // the kind read once: a getter's second answer is never checked
  if (kind === "proportional") return undefined;
  if (kind === "floor")
    return moneyProblem((formula as Extract<Formula, { kind: "floor" }>).minimum, currency, "$.formula.minimum");
  if (kind !== "tiers") return invalid("$.formula.kind", '"proportional", "floor" or "tiers"', describeValue(kind));
  const tiers: unknown = (formula as Extract<Formula, { kind: "tiers" }>).tiers; // read once, likewise
  if (!Array.isArray(tiers)) return invalid("$.formula.tiers", "a list of tiers", describeValue(tiers));
  // the previous tier's threshold: 0/1 before the first
  let previousNumerator = 0n;
  let previousDenominator = 1n;
  for (const [index, tier] of (tiers as Extract<Formula, { kind: "tiers" }>["tiers"]).entries()) {
    const at = `$.formula.tiers[${index}]`;
    if (typeof tier !== "object" || tier === null) return invalid(at, "a tier", describeValue(tier));
    const problem = moneyProblem(tier.amount, currency, `${at}.amount`);
    if (problem !== undefined) return problem;
    const below: unknown = tier.below;
    const { numerator, denominator } = (typeof below === "object" && below !== null ? below : {}) as {
      numerator?: unknown;
      denominator?: unknown;
    };
    const fraction = typeof numerator === "bigint" && typeof denominator === "bigint";
    if (
      !fraction ||
      !(denominator > 0n && numerator <= denominator) ||
      numerator * previousDenominator <= previousNumerator * denominator
    )
      return invalid(
        `${at}.below`,
        "a fraction of the headcount in (0, 1] above the previous tier's",
        fraction ? `${numerator}/${denominator}` : describeValue(below),
      );
    previousNumerator = numerator;
    previousDenominator = denominator;
  }
  return undefined;
};
