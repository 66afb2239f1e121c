import { describeValue, isMoney, makeIssue, type Issue } from "@unsms/core";
import type { Share } from "../apportion/Apportionment";

/**
 * Whether `share` is what `fundingGap` reads of a share: an object with a string `id` and
 * an `amount` that is a `Money` in the currency `code`. One test per share, no path built.
 *
 * @internal
 */
export const isShareIn = (share: unknown, code: string): share is Share => {
  if (typeof share !== "object" || share === null) return false;
  const { id, amount } = share as { readonly id?: unknown; readonly amount?: unknown };
  return typeof id === "string" && isMoney(amount) && amount.currency.code === code;
};

/**
 * The problem of `shares[index]`, a share that {@link isShareIn} refused, at its path:
 * `$.shares[i]` for a hole or a value that is not an object, `$.shares[i].id` or
 * `$.shares[i].amount` for the field that is wrong.
 *
 * @internal
 */
export const shareIssue = (share: unknown, index: number, code: string): Issue => {
  if (typeof share !== "object" || share === null)
    return makeIssue(
      `$.shares[${index}]`,
      `a share: an object with an id and an amount in ${code}`,
      describeValue(share),
    );
  const { id, amount } = share as { readonly id?: unknown; readonly amount?: unknown };
  if (typeof id !== "string") return makeIssue(`$.shares[${index}].id`, "the id of a participant", describeValue(id));
  const received = isMoney(amount) ? `an amount in ${describeValue(amount.currency.code)}` : describeValue(amount);
  return makeIssue(`$.shares[${index}].amount`, `an amount in ${code}`, received);
};
