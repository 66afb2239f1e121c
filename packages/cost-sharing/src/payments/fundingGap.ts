import { makeIssues } from "@unsms/core";
import type * as Result from "effect/Result";
import type { Apportionment } from "../apportion/Apportionment";
import { InvalidPayments } from "../errors/InvalidPayments";
import { fundingGapAt } from "../internal/fundingGapAt";
import { guardReading } from "../internal/guardReading";
import type { FundingGap, Payment } from "./Payment";

/**
 * The funding gap once payments are known: each participant's share, what it paid (its
 * share when no payment names it; its share minus what it withheld), its arrears, and the
 * gap for the whole (A/61/531 ¶53: the World Bank withheld US$ 11 million, the other
 * organizations said they had no extra money to fill a possible gap, and DSS may face one).
 * A payment above the share is an overpayment: the row shows it as `overpaid`, and what the
 * whole receives above the total is a `surplus`, never a negative gap. Unknown or repeated
 * ids, amounts in another currency, a negative payment and a withholding below zero or above
 * the share are an {@link InvalidPayments} listing the problems (the first 100; `omitted`
 * counts the rest). An apportionment of a negative total (a surplus returned, whose shares
 * are refunds) is refused too, at `$.total`: payments settle what is owed, not what is
 * given back. So no row of an apportionment of {@link apportion} is ever negative. The
 * payments and the apportionment's shares are lists of at most 134 217 728 items (the most
 * participants an apportionment has, one payment each), told by their `length` before any
 * is read: a sparse array claiming 2^32 − 1 payments is refused at once at `$.payments`,
 * such shares at `$.shares`. A share that is not an object with a string id and an amount in
 * the total's currency (a hole of a sparse array, `null`, a number) is refused at its index,
 * `$.shares[i]` (`.id` or `.amount` for the field that is wrong), before any payment is read;
 * so is a share whose id an earlier share has (`$.shares[i].id`: one payment would otherwise
 * settle both rows), a total that is not a `Money` (`$.total`) and shares that do not add up
 * to the total (`$.shares`): what {@link apportion} returns always passes. Each share is read
 * once.
 *
 * @example
 * ```ts
 * import { apportion, fundingGap } from "@unsms/cost-sharing"
 * import { formatMoney, makeMoney, USD } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const shares = Result.getOrThrow(
 *   apportion(makeMoney(20_000_000_000n, USD), [
 *     { id: "UNDP", headcount: 6000 },
 *     { id: "World Bank", headcount: 1100 },
 *     { id: "WFP", headcount: 2900 },
 *   ]),
 * )
 * const gap = Result.getOrThrow(fundingGap(shares, [{ id: "World Bank", withheld: makeMoney(1_100_000_000n, USD) }]))
 * console.log(formatMoney(gap.gap)) // "11000000.00"
 * ```
 *
 * @category payments
 * @since 0.1.0
 */
export const fundingGap = (
  apportionment: Apportionment,
  payments: ReadonlyArray<Payment>,
): Result.Result<FundingGap, InvalidPayments> =>
  guardReading(
    () => fundingGapAt(apportionment, payments, "$.payments"),
    "an apportionment and payments that can be read",
    (issue) => new InvalidPayments(makeIssues("the payments cannot be matched", [issue])),
  );
