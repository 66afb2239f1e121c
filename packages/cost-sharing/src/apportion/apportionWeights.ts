import * as Result from "effect/Result";
import type { InvalidAmount } from "@unsms/core";
import type { InvalidParticipants } from "../errors/InvalidParticipants";
import type { ZeroHeadcount } from "../errors/ZeroHeadcount";
import { checkTotal } from "../internal/checkTotal";
import { splitUnits } from "../internal/kernel";
import { unreadableWeights } from "../internal/unreadableWeights";
import { readableTypedArray } from "../internal/typedArrays";
import { validateWeights } from "../internal/validateWeights";
import { zeroHeadcountFailure } from "../internal/zeroHeadcountFailure";
import type { ApportionedUnits } from "./ApportionedUnits";

/**
 * Apportions `total` minor units by integer weights
 * (headcounts) with the largest remainder (Hamilton) method, without ids. Each weight
 * gets the floor of its exact quota `total × weight / Σweights`; the leftover units go one
 * each to the largest exact remainders, found by linear-time selection; equal remainders
 * go to the lower index (the index is the id here; {@link @unsms/cost-sharing!index.apportion | apportion} breaks ties by id).
 * Numbers are used while `|total| × max weight + Σweights ≤ 2^53`, bigints beyond; a
 * negative total is split symmetrically. The weights are read, never changed. To
 * apportion many totals by the same weights, {@link makeApportioner} checks them once.
 * Limits: at most 2^27 weights adding up to at most 2^53 − 1, and a total of at most 48
 * digits (any `Money`: 30 digits before the decimal point, up to 18 after), else an error.
 *
 * @example
 * ```ts
 * import { apportionWeights } from "@unsms/cost-sharing/batch"
 * import * as Result from "effect/Result"
 *
 * // dinero.js allocate gives [6, 2, 1, 1]; the largest remainders give [5, 2, 2, 1].
 * const split = Result.getOrThrow(apportionWeights(10n, Uint32Array.of(50, 20, 15, 15)))
 * console.log(Array.from(split.units)) // [5, 2, 2, 1]
 * const big = Result.getOrThrow(apportionWeights(10n ** 30n, [1, 2]))
 * console.log(big.exactAs) // "bigint"
 * ```
 *
 * @category apportionment
 * @since 0.1.0
 */
export const apportionWeights = (
  total: bigint,
  weights: ArrayLike<number>,
): Result.Result<ApportionedUnits, InvalidParticipants | ZeroHeadcount | InvalidAmount> => {
  // reading a typed array's elements runs no code of the caller's, nor its length once it is the engine's
  // (a copy otherwise); anything else may (a getter or a proxy)
  const typed = readableTypedArray(weights);
  if (typed !== undefined) return apportionReadable(total, typed);
  try {
    return apportionReadable(total, weights);
  } catch (error) {
    return Result.fail(unreadableWeights(error));
  }
};

/** apportionWeights without the guard (why typed arrays skip it: docs/performance.md). */
const apportionReadable = (
  total: bigint,
  weights: ArrayLike<number>,
): Result.Result<ApportionedUnits, InvalidParticipants | ZeroHeadcount | InvalidAmount> => {
  const invalidTotal = checkTotal(total);
  if (invalidTotal !== undefined) return Result.fail(invalidTotal);
  const checked = validateWeights(weights);
  if (Result.isFailure(checked)) return Result.fail(checked.failure);
  const { whole, maxWeight } = checked.success;
  if (whole === 0 && total !== 0n) return Result.fail(zeroHeadcountFailure(total));
  return Result.succeed(splitUnits(total, weights, whole, maxWeight, undefined));
};
