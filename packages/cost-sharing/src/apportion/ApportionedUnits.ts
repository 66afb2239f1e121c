/**
 * Minor units apportioned by {@link apportionWeights}, in the order of the weights: safe
 * whole numbers while |total| × the largest weight + the sum of the weights ≤ 2^53, so
 * that every product is exact (`exactAs: "number"`; an array for up to 256 weights, a
 * `Float64Array` above), bigints beyond. Both are exact. `apportion`'s `amounts` are the
 * same under the proportional formula, and bigints always under the floor and tiers
 * formulas.
 *
 * @example
 * ```ts
 * import { apportionWeights } from "@unsms/cost-sharing/batch"
 * import * as Result from "effect/Result"
 *
 * const split = Result.getOrThrow(apportionWeights(10n, [50, 20, 15, 15]))
 * if (split.exactAs === "number") console.log(Array.from(split.units)) // [5, 2, 2, 1]
 * ```
 *
 * @category apportionment
 * @since 0.1.0
 */
export type ApportionedUnits =
  | {
      /** Computed with numbers: every value is a safe integer. */
      readonly exactAs: "number";
      /** The units, one per weight. */
      readonly units: ArrayLike<number> & Iterable<number>;
    }
  | {
      /** Computed with bigints: the products were too large for exact numbers, or (`apportion`) a floor or tiers formula. */
      readonly exactAs: "bigint";
      /** The units, one per weight. */
      readonly units: ReadonlyArray<bigint>;
    };
