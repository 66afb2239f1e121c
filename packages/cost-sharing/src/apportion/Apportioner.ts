import type { InvalidAmount } from "@unsms/core";
import type * as Result from "effect/Result";
import type { InvalidOutput } from "../errors/InvalidOutput";
import type { ZeroHeadcount } from "../errors/ZeroHeadcount";
import type { ApportionedUnits } from "./ApportionedUnits";

/**
 * Weights checked once and kept (a copy: changing the array given to
 * {@link makeApportioner} afterwards changes nothing), ready to apportion many totals
 * with the largest remainder method, ties to the lower index — the batch what-if path.
 * Every result equals {@link apportionWeights} on the same total and weights.
 *
 * @example
 * ```ts
 * import { makeApportioner } from "@unsms/cost-sharing/batch"
 * import * as Result from "effect/Result"
 *
 * const apportioner = Result.getOrThrow(makeApportioner([50, 20, 15, 15]))
 * console.log(apportioner.length, apportioner.whole) // 4 100
 * const out = new Float64Array(apportioner.length)
 * for (const total of [10n, 11n]) {
 *   Result.getOrThrow(apportioner.apportionInto(total, out))
 *   console.log(Array.from(out)) // [5, 2, 2, 1] (then [6, 2, 2, 1])
 * }
 * ```
 *
 * @category apportionment
 * @since 0.1.0
 */
export interface Apportioner {
  /** How many weights, and so how many shares each apportionment has. */
  readonly length: number;
  /** The sum of the weights. */
  readonly whole: number;
  /**
   * Apportions `total` minor units into a new result: numbers while |total| × the largest
   * weight + the sum of the weights ≤ 2^53, bigints beyond, as {@link apportionWeights}. Fails only with a total that
   * is not a bigint or has more than 48 digits (as `apportionWeights`), or a non-zero total over weights that are all
   * zero.
   */
  readonly apportion: (total: bigint) => Result.Result<ApportionedUnits, ZeroHeadcount | InvalidAmount>;
  /**
   * Apportions `total` minor units into `out`, a Float64Array of {@link Apportioner.length}
   * entries, and returns it: no new result array, and up to 256 weights adding up to at
   * most 2^23 no scratch array either — for loops over many totals. Fails, writing
   * nothing, when `out` is not such an array, when the total is not a bigint or exceeds
   * 2^53 − 1 in magnitude (a Float64Array holds whole numbers exactly only up to there),
   * or when a non-zero total meets weights that are all zero.
   */
  readonly apportionInto: (
    total: bigint,
    out: Float64Array,
  ) => Result.Result<Float64Array, ZeroHeadcount | InvalidOutput | InvalidAmount>;
}
