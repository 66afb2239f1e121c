import { describeValue, formatMoney, makeIssue, makeIssues, type Money } from "@unsms/core";
import * as Result from "effect/Result";
import type { Apportionment } from "../apportion/Apportionment";
import { InvalidPayments } from "../errors/InvalidPayments";
import type { Arrears, FundingGap, Payment } from "../payments/Payment";
import { collectIssues } from "./collectIssues";
import { isMoney } from "./isMoney";

/**
 * `fundingGap` over values that may throw when read (its caller guards the reading), with
 * the payments at `root` in the input: `$.payments` for a request, `$.scenario.payments` for
 * a scenario's.
 *
 * @internal
 */
export const fundingGapAt = (
  apportionment: Apportionment,
  payments: ReadonlyArray<Payment>,
  root: string,
): Result.Result<FundingGap, InvalidPayments> => {
  const currency = apportionment.total.currency;
  // a negative total is a surplus returned: its shares are refunds, which payments do not settle
  if (apportionment.total.minorUnits < 0n) {
    const issue = makeIssue("$.total", "a total of 0 or more to collect", formatMoney(apportionment.total));
    return Result.fail(new InvalidPayments(makeIssues("the payments cannot be matched", [issue])));
  }
  const byId = new Map(apportionment.shares.map((share) => [share.id, share]));
  const paidById = new Map<string, bigint>();
  const issues = collectIssues();
  (Array.isArray(payments) ? payments : []).forEach((payment: Payment, index) => {
    const path = `${root}[${index}]`;
    const id: unknown = typeof payment === "object" && payment !== null ? payment.id : undefined;
    const share = typeof id === "string" ? byId.get(id) : undefined;
    if (typeof id !== "string" || share === undefined) {
      issues.add(() => ({
        path: `${path}.id`,
        expected: "the id of a participant",
        received: JSON.stringify(id) ?? String(id),
        message: `${path}.id: ${JSON.stringify(id) ?? String(id)} is not a participant`,
      }));
      return;
    }
    if (paidById.has(id)) {
      issues.add(() => ({
        path: `${path}.id`,
        expected: "one payment per participant",
        received: JSON.stringify(id),
        message: `${path}.id: ${JSON.stringify(id)} has two payments`,
      }));
      return;
    }
    const field = "paid" in payment ? "paid" : "withheld";
    const amount: unknown = "paid" in payment ? payment.paid : (payment as { withheld?: unknown }).withheld;
    if (!isMoney(amount) || amount.currency.code !== currency.code) {
      const received = isMoney(amount) ? amount.currency.code : typeof amount;
      issues.add(() => ({
        path: `${path}.${field}`,
        expected: `an amount in ${currency.code}`,
        received,
        message: `${path}.${field}: expected an amount in ${currency.code}`,
      }));
      return;
    }
    const due = share.amount.minorUnits;
    const units = amount.minorUnits;
    if (units < 0n || (field === "withheld" && (units > due || due < 0n))) {
      const expected =
        field === "paid" ? "an amount of 0 or more" : `an amount from 0 up to the share, ${formatMoney(share.amount)}`;
      const received = formatMoney(amount);
      issues.add(() => ({
        path: `${path}.${field}`,
        expected,
        received,
        message: `${path}.${field}: expected ${expected}; received ${received}`,
      }));
      return;
    }
    paidById.set(id, field === "paid" ? units : due - units);
  });
  if (!Array.isArray(payments))
    issues.add(() => ({
      path: root,
      expected: "a list of payments",
      received: describeValue(payments),
      message: `${root}: expected a list`,
    }));
  if (issues.found() > 0)
    return Result.fail(new InvalidPayments(makeIssues("the payments are invalid", issues.list())));
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
