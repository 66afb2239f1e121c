import { MAX_ISSUES } from "../errors/MAX_ISSUES";

/**
 * How many problems a list of `length` issues stands for: `found` when the list is full (at
 * least `MAX_ISSUES` issues: its maker counted the problems past those) and `found` is a
 * whole number larger than `length`; else `length`. Never throws.
 *
 * @internal
 */
export const issueCount = (length: number, found: unknown): number =>
  length >= MAX_ISSUES && Number.isSafeInteger(found) && (found as number) > length ? (found as number) : length;
