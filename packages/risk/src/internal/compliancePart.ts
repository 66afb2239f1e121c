import { formatRate, makeRate } from "@unsms/core";
import type { Rate } from "@unsms/core";
import * as Result from "effect/Result";

/**
 * Required, met, the exact rate (null when nothing is required) and its percentage to one
 * decimal.
 *
 * @internal
 */
export const compliancePart = (
  required: number,
  met: number,
): { readonly required: number; readonly met: number; readonly rate: Rate | null; readonly percent: string | null } => {
  const rate = Result.getOrNull(makeRate(met, required));
  return { required, met, rate, percent: rate === null ? null : formatRate(rate, 1) };
};
