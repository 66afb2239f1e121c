import {
  InvalidAmount,
  MAX_AMOUNT_DIGITS,
  makeIssue,
  type CurrencyMismatch,
  type Money,
  describeValue,
  describeThrown,
} from "@unsms/core";
import * as Result from "effect/Result";
import type { FormulaNotMet } from "../errors/FormulaNotMet";
import { InvalidFormula } from "../errors/InvalidFormula";
import { InvalidParticipants } from "../errors/InvalidParticipants";
import type { ZeroHeadcount } from "../errors/ZeroHeadcount";
import type { Formula } from "../formula/Formula";
import { proportionalFormula } from "../formula/proportionalFormula";
import { readFormula } from "../internal/readFormula";
import { compareIds } from "../internal/compareIds";
import { readParticipants } from "../internal/readParticipants";
import { splitUnits } from "../internal/kernel";
import { zeroHeadcountFailure } from "../internal/zeroHeadcountFailure";
import { planShares } from "../internal/planShares";
import { LeanApportionment } from "../internal/LeanApportionment";
import { moneyAsRead } from "../internal/moneyAsRead";
import type { Apportionment } from "./Apportionment";
import type { Participant } from "./Participant";

/**
 * What {@link apportion} can return instead of an apportionment.
 *
 * @example
 * ```ts
 * import { apportion, type ApportionError } from "@unsms/cost-sharing"
 * import { makeMoney, USD } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const result = apportion(makeMoney(1n, USD), [])
 * if (Result.isFailure(result)) {
 *   const error: ApportionError = result.failure
 *   console.log(error._tag) // "InvalidParticipants"
 * }
 * ```
 *
 * @category errors
 * @since 0.1.0
 */
export type ApportionError =
  InvalidAmount | InvalidParticipants | ZeroHeadcount | CurrencyMismatch | InvalidFormula | FormulaNotMet;

/**
 * Apportions a total among participants by headcount, exactly to the minor unit, under a
 * formula (default {@link proportionalFormula}). The amount shared by headcount is split
 * by the largest remainder (Hamilton) method: each participant gets the floor of its exact
 * quota, the leftover units go one each to the largest exact remainders, ties to the id
 * that sorts first, so the result never depends on the order of the input. The shares come
 * back in input order and add up to the total. A negative total (a surplus returned) is
 * shared symmetrically: the shares of −T are the negatives of the shares of T.
 * Limits, each refused with an error (a list by its length, before any item is read): at most
 * `MAX_AMOUNT_DIGITS` (30) digits before the total's decimal point (core's `isMoney`), 1 to 2^27
 * participants with headcounts adding up to at most 2^53 − 1, and at most 100 tiers.
 * Every field of the arguments is read once (a getter's later answers are never used): the
 * apportionment's `total` and `formula` are plain copies of the values as read.
 *
 * @example
 * ```ts
 * import { apportion } from "@unsms/cost-sharing"
 * import { formatMoney, makeMoney, USD } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const result = apportion(makeMoney(1000n, USD), [
 *   { id: "UNDP", headcount: 50 },
 *   { id: "UNICEF", headcount: 20 },
 *   { id: "WFP", headcount: 15 },
 *   { id: "UNHCR", headcount: 15 },
 * ])
 * // US$ 10.00 by 50:20:15:15 is 5.00, 2.00, 1.50, 1.50 exactly
 * console.log(Result.getOrThrow(result).shares.map((share) => formatMoney(share.amount)))
 * ```
 *
 * @category apportionment
 * @since 0.1.0
 */
export const apportion = (
  total: Money,
  participants: ReadonlyArray<Participant>,
  formula: Formula = proportionalFormula,
): Result.Result<Apportionment, ApportionError> => {
  // the participants are read by code that never throws: what can throw is a getter or proxy of the total's or the formula's
  try {
    // the total read once
    const money = moneyAsRead(total);
    if (money === undefined)
      return Result.fail(
        new InvalidAmount(
          makeIssue(
            "$.total",
            `a Money of at most ${MAX_AMOUNT_DIGITS} digits before the decimal point`,
            describeValue(total),
          ),
        ),
      );
    const read = readParticipants(participants);
    if (!("ids" in read)) return Result.fail(new InvalidParticipants(read));
    // the formula read once: what is applied, and what the apportionment says it applied
    const applied = readFormula(formula, money.currency);
    if ("_tag" in applied) return Result.fail(applied);
    const { ids, weights, whole } = read;
    const magnitude = money.minorUnits < 0n ? -money.minorUnits : money.minorUnits;
    // nobody to share an amount with, whatever the formula
    if (whole === 0 && magnitude !== 0n) return Result.fail(zeroHeadcountFailure(magnitude));
    // minimums and tiers: planned on the values read, never read again
    if (applied.kind !== "proportional")
      return planShares(money, magnitude, applied, ids, weights, whole, read.maxWeight);
    // the whole total by headcount: one split, ties by id; no staff, no share ("none")
    const amounts = splitUnits(money.minorUnits, weights, whole, read.maxWeight, compareIds(ids));
    return Result.succeed(new LeanApportionment(money, applied, money, whole, ids, weights, amounts));
  } catch (error) {
    return Result.fail(
      new InvalidFormula(makeIssue("$", "arguments that can be read", `a value that threw ${describeThrown(error)}`)),
    );
  }
};
