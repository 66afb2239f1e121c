import { makeRatio, type Ratio } from "@unsms/core";
import * as Result from "effect/Result";

/**
 * Reads "3/20", "0.15" or "1" as an exact core `Ratio`; `undefined` when malformed.
 *
 * @internal
 */
export const parseRatio = (text: string): Ratio | undefined => {
  const ratio = /^(0|[1-9][0-9]{0,17})\/([1-9][0-9]{0,17})$/.exec(text);
  if (ratio !== null) return Result.getOrUndefined(makeRatio(BigInt(ratio[1] ?? "0"), BigInt(ratio[2] ?? "1")));
  const decimal = /^(0|[1-9][0-9]{0,17})(?:\.([0-9]{1,18}))?$/.exec(text);
  if (decimal === null) return undefined;
  const digits = decimal[2] ?? "";
  return Result.getOrUndefined(makeRatio(BigInt(`${decimal[1] ?? "0"}${digits}`), 10n ** BigInt(digits.length)));
};

/**
 * A whole number as a `Ratio`.
 *
 * @internal
 */
export const whole = (value: bigint): Ratio => ({ numerator: value, denominator: 1n });
