import { CurrencyMismatch, makeIssue, type Currency, type Money, describeValue } from "@unsms/core";
import { InvalidFormula } from "../errors/InvalidFormula";
import type { Formula, Tier } from "../formula/Formula";
import { proportionalFormula } from "../formula/proportionalFormula";
import { MAX_TIERS } from "./maxTiers";
import { moneyAsRead } from "./moneyAsRead";

/** A formula refused at `path`. */
const invalid = (path: string, expected: string, received: string): InvalidFormula =>
  new InvalidFormula(makeIssue(path, expected, received));

/** An amount of a formula as read (its minor units and currency, once), or what is wrong with it. */
const readAmount = (value: unknown, currency: Currency, path: string): Money | CurrencyMismatch | InvalidFormula => {
  const amount = moneyAsRead(value);
  if (amount === undefined) return invalid(path, "an amount of money", describeValue(value));
  if (amount.currency.code !== currency.code)
    return new CurrencyMismatch(makeIssue(path, `an amount in ${currency.code}`, amount.currency.code));
  return amount.minorUnits < 0n ? invalid(path, "an amount of 0 or more", String(amount.minorUnits)) : amount;
};

/**
 * Reads a formula once and checks it against the total's currency: amounts in that currency
 * and not negative, at most {@link MAX_TIERS} tiers with thresholds strictly increasing
 * fractions in (0, 1]. Returns the formula as read, a plain copy of every field the
 * apportionment uses (each read once: a getter's later answers are never used), or the
 * error that says what is wrong (an error has a `_tag`, a formula has none).
 *
 * @internal
 */
export const readFormula = (formula: Formula, currency: Currency): Formula | CurrencyMismatch | InvalidFormula => {
  const kind: unknown = typeof formula === "object" && formula !== null ? formula.kind : undefined;
  if (kind === "proportional") return proportionalFormula;
  if (kind === "floor") {
    const minimum = readAmount((formula as Extract<Formula, { kind: "floor" }>).minimum, currency, "$.formula.minimum");
    return "_tag" in minimum ? minimum : { kind, minimum };
  }
  if (kind !== "tiers") return invalid("$.formula.kind", '"proportional", "floor" or "tiers"', describeValue(kind));
  const tiers: unknown = (formula as Extract<Formula, { kind: "tiers" }>).tiers;
  if (!Array.isArray(tiers) || tiers.length > MAX_TIERS)
    return invalid("$.formula.tiers", `a list of at most ${MAX_TIERS} tiers`, describeValue(tiers));
  const read: Array<Tier> = [];
  // the previous tier's threshold: 0/1 before the first
  let previousNumerator = 0n;
  let previousDenominator = 1n;
  for (const [index, tier] of (tiers as ReadonlyArray<unknown>).entries()) {
    const at = `$.formula.tiers[${index}]`;
    if (typeof tier !== "object" || tier === null) return invalid(at, "a tier", describeValue(tier));
    const { amount: value, below } = tier as { amount?: unknown; below?: unknown };
    const amount = readAmount(value, currency, `${at}.amount`);
    if ("_tag" in amount) return amount;
    const { numerator, denominator } = Object(below) as { numerator?: unknown; denominator?: unknown };
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
    read.push({ below: { numerator, denominator }, amount });
    previousNumerator = numerator;
    previousDenominator = denominator;
  }
  return { kind, tiers: read };
};
