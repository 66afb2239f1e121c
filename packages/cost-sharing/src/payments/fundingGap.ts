import { formatMoney, type Issue, type Money, describeValue } from "@unsms/core";
import { guardReading } from "../internal/guardReading";
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
 * organizations said they had no extra money to fill a possible gap, and DSS may face one).
 * A payment above the share is an overpayment: the row shows it as `overpaid`, and what the
 * whole receives above the total is a `surplus`, never a negative gap. Unknown or repeated
 * ids, amounts in another currency, a negative payment and a withholding below zero or above
 * the share are an {@link InvalidPayments} listing every problem; no row is ever negative.
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
    () => fundingGapReadable(apportionment, payments),
    "an apportionment and payments that can be read",
    (issue) => new InvalidPayments({ message: issue.message, issues: [issue] }),
  );

const fundingGapReadable = (
  apportionment: Apportionment,
  payments: ReadonlyArray<Payment>,
): Result.Result<FundingGap, InvalidPayments> => {
  const currency = apportionment.total.currency;
  const byId = new Map(apportionment.shares.map((share) => [share.id, share]));
  const paidById = new Map<string, bigint>();
  const issues: Array<Issue> = [];
  (Array.isArray(payments) ? payments : []).forEach((payment: Payment, index) => {
    const path = `$.payments[${index}]`;
    const id: unknown = typeof payment === "object" && payment !== null ? payment.id : undefined;
    const share = typeof id === "string" ? byId.get(id) : undefined;
    if (typeof id !== "string" || share === undefined) {
      issues.push({
        path: `${path}.id`,
        expected: "the id of a participant",
        received: JSON.stringify(id) ?? String(id),
        message: `${path}.id: ${JSON.stringify(id) ?? String(id)} is not a participant`,
      });
      return;
    }
    if (paidById.has(id)) {
      issues.push({
        path: `${path}.id`,
        expected: "one payment per participant",
        received: JSON.stringify(id),
        message: `${path}.id: ${JSON.stringify(id)} has two payments`,
      });
      return;
    }
    const field = "paid" in payment ? "paid" : "withheld";
    const amount: unknown = "paid" in payment ? payment.paid : (payment as { withheld?: unknown }).withheld;
    if (!isMoney(amount) || amount.currency.code !== currency.code) {
      const received = isMoney(amount) ? amount.currency.code : typeof amount;
      issues.push({
        path: `${path}.${field}`,
        expected: `an amount in ${currency.code}`,
        received,
        message: `${path}.${field}: expected an amount in ${currency.code}`,
      });
      return;
    }
    const due = share.amount.minorUnits;
    const units = amount.minorUnits;
    if (units < 0n || (field === "withheld" && (units > due || due < 0n))) {
      const expected =
        field === "paid" ? "an amount of 0 or more" : `an amount from 0 up to the share, ${formatMoney(share.amount)}`;
      const received = formatMoney(amount);
      issues.push({
        path: `${path}.${field}`,
        expected,
        received,
        message: `${path}.${field}: expected ${expected}; received ${received}`,
      });
      return;
    }
    paidById.set(id, field === "paid" ? units : due - units);
  });
  if (!Array.isArray(payments))
    issues.push({
      path: "$.payments",
      expected: "a list of payments",
      received: describeValue(payments),
      message: "$.payments: expected a list",
    });
  if (issues.length > 0)
    return Result.fail(new InvalidPayments({ message: summarizeIssues("the payments are invalid", issues), issues }));
  const money = (minorUnits: bigint): Money => ({ minorUnits, currency });
  const zero = money(0n);
  let due = 0n;
  let received = 0n;
  const shares = apportionment.shares;
  const rows = new Array<Arrears>(shares.length);
  for (let i = 0; i < shares.length; i++) {
    const share = shares[i] as Apportionment["shares"][number];
    const owed = share.amount.minorUnits;
    const paid = paidById.get(share.id);
    due += owed;
    if (paid === undefined || paid === owed) {
      received += owed;
      rows[i] = { id: share.id, due: share.amount, paid: share.amount, arrears: zero, overpaid: zero };
    } else {
      received += paid;
      rows[i] = {
        id: share.id,
        due: share.amount,
        paid: money(paid),
        arrears: paid < owed ? money(owed - paid) : zero,
        overpaid: paid > owed ? money(paid - owed) : zero,
      };
    }
  }
  const gap = due - received;
  return Result.succeed({
    due: money(due),
    received: money(received),
    gap: gap > 0n ? money(gap) : zero,
    surplus: gap < 0n ? money(-gap) : zero,
    hasGap: gap > 0n,
    rows,
  });
};
