import {
  describeValue,
  formatMoney,
  isListUpTo,
  isMoney,
  makeIssue,
  makeIssues,
  MAX_ISSUES,
  type Issue,
  type Money,
} from "@unsms/core";
import * as Result from "effect/Result";
import type { Apportionment } from "../apportion/Apportionment";
import { InvalidPayments } from "../errors/InvalidPayments";
import { MAX_WEIGHTS } from "./maxWeights";
import { readShare, type ShareAsRead } from "./readShare";
import type { Arrears, FundingGap, Payment } from "../payments/Payment";

const cannotMatch = (issues: ReadonlyArray<Issue>, found?: number): Result.Result<never, InvalidPayments> =>
  Result.fail(new InvalidPayments(makeIssues("the payments cannot be matched", issues, found)));

/**
 * `fundingGap` over values that may throw when read (its caller guards the reading), with
 * the payments at `root` in the input: `$.payments` for a request, `$.scenario.payments` for
 * a scenario's. The apportionment's shares and the payments are lists of at most
 * {@link MAX_WEIGHTS} items (the most participants an apportionment has; one payment per
 * participant), told by their `length` before either is walked: a sparse array claiming
 * 2^32 − 1 items is refused at once, at `$.shares` or at `root`. A share that is not an object
 * with a string id and an amount in the total's currency (a hole, junk) is refused at its
 * index, `$.shares[i]`, before any payment is read; so is a repeated id (at its later place),
 * a total that is not a `Money` (`$.total`) and shares that do not add up to the total
 * (`$.shares`). Each share is read once (`readShare`); the rows are built from what was read.
 *
 * @internal
 */
export const fundingGapAt = (
  apportionment: Apportionment,
  payments: ReadonlyArray<Payment>,
  root: string,
): Result.Result<FundingGap, InvalidPayments> => {
  // the total and the shares read once (a getter answers once), the shares told by their length before any is read
  const total: unknown = apportionment.total;
  const shares = apportionment.shares;
  if (!isMoney(total)) return cannotMatch([makeIssue("$.total", "a total: a Money", describeValue(total))]);
  // a negative total is a surplus returned: its shares are refunds, which payments do not settle
  const refusal =
    total.minorUnits < 0n
      ? makeIssue("$.total", "a total of 0 or more to collect", formatMoney(total))
      : isListUpTo(shares, MAX_WEIGHTS)
        ? undefined
        : makeIssue("$.shares", `the shares of an apportionment, at most ${MAX_WEIGHTS}`, describeValue(shares));
  if (refusal !== undefined) return cannotMatch([refusal]);
  const currency = total.currency;
  if (!isListUpTo(payments, MAX_WEIGHTS)) {
    const expected = Array.isArray(payments)
      ? `a list of at most ${MAX_WEIGHTS} payments (one per participant)`
      : "a list of payments";
    const issue = makeIssue(root, expected, describeValue(payments));
    return Result.fail(new InvalidPayments(makeIssues("the payments are invalid", [issue])));
  }
  // every problem counted, the first MAX_ISSUES made into issues; no closure per share or payment, no path unless refused
  const issues: Array<Issue> = [];
  let found = 0;
  // each share checked and read once: a plain JS caller's hole or junk is refused at its
  // index, not thrown on; a repeated id at its second place; then the sum against the total
  const read = new Array<ShareAsRead>(shares.length);
  const indexById = new Map<string, number>();
  let sum = 0n;
  for (let i = 0; i < shares.length; i++) {
    const share = readShare(shares[i], i, currency.code);
    if (!("amount" in share)) {
      if (found++ < MAX_ISSUES) issues.push(share);
      continue;
    }
    const first = indexById.get(share.id);
    if (first === undefined) {
      indexById.set(share.id, i);
      read[i] = share;
      sum += share.amount.minorUnits;
    } else if (found++ < MAX_ISSUES)
      issues.push(
        makeIssue(`$.shares[${i}].id`, `an id not given before ($.shares[${first}] has it)`, describeValue(share.id)),
      );
  }
  if (found === 0 && sum !== total.minorUnits) {
    found = 1;
    issues.push(
      makeIssue(
        "$.shares",
        `shares adding up to the total, ${formatMoney(total)}`,
        `shares adding up to ${formatMoney({ minorUnits: sum, currency })}`,
      ),
    );
  }
  if (found > 0) return cannotMatch(issues, found);
  const paidById = new Map<string, bigint>();
  payments.forEach((payment: Payment, index) => {
    const id: unknown = typeof payment === "object" && payment !== null ? payment.id : undefined;
    const at = typeof id === "string" ? indexById.get(id) : undefined;
    const share = at === undefined ? undefined : read[at];
    if (typeof id !== "string" || share === undefined) {
      if (found++ < MAX_ISSUES)
        issues.push(makeIssue(`${root}[${index}].id`, "the id of a participant", describeValue(id)));
      return;
    }
    if (paidById.has(id)) {
      if (found++ < MAX_ISSUES)
        issues.push(makeIssue(`${root}[${index}].id`, "one payment per participant", describeValue(id)));
      return;
    }
    const field = "paid" in payment ? "paid" : "withheld";
    const amount: unknown = "paid" in payment ? payment.paid : (payment as { withheld?: unknown }).withheld;
    if (!isMoney(amount) || amount.currency.code !== currency.code) {
      if (found++ < MAX_ISSUES) {
        const received = isMoney(amount)
          ? `an amount in ${describeValue(amount.currency.code)}`
          : describeValue(amount);
        issues.push(makeIssue(`${root}[${index}].${field}`, `an amount in ${currency.code}`, received));
      }
      return;
    }
    const due = share.amount.minorUnits;
    const units = amount.minorUnits;
    if (units < 0n || (field === "withheld" && (units > due || due < 0n))) {
      if (found++ < MAX_ISSUES) {
        const expected =
          field === "paid"
            ? "an amount of 0 or more"
            : `an amount from 0 up to the share, ${formatMoney(share.amount)}`;
        issues.push(makeIssue(`${root}[${index}].${field}`, expected, formatMoney(amount)));
      }
      return;
    }
    paidById.set(id, field === "paid" ? units : due - units);
  });
  if (found > 0) return Result.fail(new InvalidPayments(makeIssues("the payments are invalid", issues, found)));
  const money = (minorUnits: bigint): Money => ({ minorUnits, currency });
  const zero = money(0n);
  let due = 0n;
  let received = 0n;
  const rows = new Array<Arrears>(read.length);
  for (let i = 0; i < read.length; i++) {
    const share = read[i] as ShareAsRead;
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
