import { Result } from "effect";
import { summarizeIssues } from "@unsms/core";
import { InvalidParticipants } from "../errors/InvalidParticipants";
import { ZeroHeadcount } from "../errors/ZeroHeadcount";
import { checkWeights } from "../internal/checkWeights";
import { splitUnits } from "../internal/splitUnits";
import type { ApportionedUnits } from "./ApportionedUnits";

/**
 * The fast path for batch what-ifs: apportions `total` minor units by integer weights
 * (headcounts) with the largest remainder (Hamilton) method, without ids. Each weight
 * gets the floor of its exact quota `total × weight / Σweights`; the leftover units go one
 * each to the largest exact remainders, found by linear-time selection; equal remainders
 * go to the lower index (the index is the id here; {@link apportion} breaks ties by id).
 * Numbers are used while `|total| × max weight` stays below 2^53, bigints beyond; a
 * negative total is split symmetrically. The weights are read, never changed.
 *
 * @example
 * ```ts
 * import { apportionWeights } from "@unsms/cost-sharing"
 * import { Result } from "effect"
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
): Result.Result<ApportionedUnits, InvalidParticipants | ZeroHeadcount> => {
  if (weights.length === 0) {
    return Result.fail(
      new InvalidParticipants({
        message: "$.participants: nobody to apportion among",
        issues: [{ path: "$.participants", expected: "at least one participant", received: "[]", message: "$.participants: nobody to apportion among" }],
      }),
    );
  }
  const { whole, maxWeight, issues } = checkWeights(weights, (index) => `$.participants[${index}].headcount`);
  if (issues.length > 0) {
    return Result.fail(new InvalidParticipants({ message: summarizeIssues("the weights are invalid", issues), issues }));
  }
  if (whole === 0 && total !== 0n) {
    return Result.fail(
      new ZeroHeadcount({
        message: `$.participants: every headcount is 0, so ${total} minor units cannot be shared by headcount`,
        path: "$.participants",
        expected: "at least one headcount above 0",
        received: "all 0",
      }),
    );
  }
  return Result.succeed(splitUnits(total, weights, whole, maxWeight, undefined));
};
