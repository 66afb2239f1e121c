/**
 * Minor units apportioned by {@link apportionWeights}, in the order of the weights: safe
 * whole numbers when every product stays below 2^53 (`exactAs: "number"`; an array for up
 * to 256 weights, a `Float64Array` above), bigints otherwise. Both are exact.
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
      /** Computed with bigints: the total was too large for exact numbers. */
      readonly exactAs: "bigint";
      /** The units, one per weight. */
      readonly units: ReadonlyArray<bigint>;
    };
