import { describeValue, isMoney, makeIssue, type Issue, type Money } from "@unsms/core";

/** What `fundingGap` keeps of a share: its id and amount, each read once. @internal */
export interface ShareAsRead {
  readonly id: string;
  readonly amount: Money;
}

/**
 * What `fundingGap` reads of `shares[index]`, each field once: the share's id and amount
 * when it is an object with a string `id` and an `amount` that is a `Money` in the currency
 * `code`, else the problem at its path — `$.shares[i]` for a hole or a value that is not an
 * object, `$.shares[i].id` or `$.shares[i].amount` for the field that is wrong. One check,
 * whose answer and wording come from the same reads; the fields are never read again (a
 * getter answers once).
 *
 * @internal
 */
export const readShare = (share: unknown, index: number, code: string): ShareAsRead | Issue => {
  if (typeof share !== "object" || share === null)
    return makeIssue(
      `$.shares[${index}]`,
      `a share: an object with an id and an amount in ${code}`,
      describeValue(share),
    );
  const { id, amount } = share as { readonly id?: unknown; readonly amount?: unknown };
  if (typeof id !== "string") return makeIssue(`$.shares[${index}].id`, "the id of a participant", describeValue(id));
  if (isMoney(amount) && amount.currency.code === code) return { id, amount };
  const received = isMoney(amount) ? `an amount in ${describeValue(amount.currency.code)}` : describeValue(amount);
  return makeIssue(`$.shares[${index}].amount`, `an amount in ${code}`, received);
};
