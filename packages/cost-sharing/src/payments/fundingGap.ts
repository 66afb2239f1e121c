import type { Issue, Money } from "@unsms/core";
import * as Result from "effect/Result";
import type { Apportionment } from "../apportion/Apportionment";
import { InvalidPayments } from "../errors/InvalidPayments";
import { isMoney } from "../internal/isMoney";
import { summarizeIssues } from "@unsms/core";
import type { Arrears, FundingGap, Payment } from "./Payment";

/**
 * The funding gap once payments are known: each participant's share, what it paid (its
 * share when no payment names it; its share minus what it withheld), its arrears, and the
 * gap for the whole (A/61/531 ¶53: the World Bank withheld US$ 11 million, the other
 * organizations said they had no extra money to fill a possible gap, and DSS may face one). Unknown or repeated ids and amounts in
 * another currency are an {@link InvalidPayments} listing every problem.
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
export const fundingGap = (apportionment: Apportionment, payments: ReadonlyArray<Payment>): Result.Result<FundingGap, InvalidPayments> => {
  const currency = apportionment.total.currency;
  const byId = new Map(apportionment.shares.map((share) => [share.id, share]));
  const paidById = new Map<string, bigint>();
  const issues: Array<Issue> = [];
  (Array.isArray(payments) ? payments : []).forEach((payment: Payment, index) => {
    const path = `$.payments[${index}]`;
    const id: unknown = typeof payment === "object" && payment !== null ? payment.id : undefined;
    const share = typeof id === "string" ? byId.get(id) : undefined;
    if (typeof id !== "string" || share === undefined) {
      issues.push({ path: `${path}.id`, expected: "the id of a participant", received: JSON.stringify(id) ?? String(id), message: `${path}.id: ${JSON.stringify(id) ?? String(id)} is not a participant` });
      return;
    }
    if (paidById.has(id)) {
      issues.push({ path: `${path}.id`, expected: "one payment per participant", received: JSON.stringify(id), message: `${path}.id: ${JSON.stringify(id)} has two payments` });
      return;
    }
    const field = "paid" in payment ? "paid" : "withheld";
    const amount: unknown = "paid" in payment ? payment.paid : (payment as { withheld?: unknown }).withheld;
    if (!isMoney(amount) || amount.currency.code !== currency.code) {
      const received = isMoney(amount) ? amount.currency.code : typeof amount;
      issues.push({ path: `${path}.${field}`, expected: `an amount in ${currency.code}`, received, message: `${path}.${field}: expected an amount in ${currency.code}` });
      return;
    }
    paidById.set(id, field === "paid" ? amount.minorUnits : share.amount.minorUnits - amount.minorUnits);
  });
  if (!Array.isArray(payments)) issues.push({ path: "$.payments", expected: "a list of payments", received: typeof payments, message: "$.payments: expected a list" });
  if (issues.length > 0) return Result.fail(new InvalidPayments({ message: summarizeIssues("the payments are invalid", issues), issues }));
  const money = (minorUnits: bigint): Money => ({ minorUnits, currency });
  let due = 0n;
  let received = 0n;
  const rows = apportionment.shares.map((share): Arrears => {
    const paid = paidById.get(share.id) ?? share.amount.minorUnits;
    due += share.amount.minorUnits;
    received += paid;
    return { id: share.id, due: share.amount, paid: money(paid), arrears: money(share.amount.minorUnits - paid) };
  });
  return Result.succeed({ due: money(due), received: money(received), gap: money(due - received), rows });
};
