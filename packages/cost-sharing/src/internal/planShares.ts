import type { Money } from "@unsms/core";
import * as Result from "effect/Result";
import type { Apportionment } from "../apportion/Apportionment";
import { FormulaNotMet } from "../errors/FormulaNotMet";
import type { Formula } from "../formula/Formula";
import { compareIds } from "./compareIds";
import { splitUnits } from "./kernel";
import { LeanApportionment } from "./LeanApportionment";

const notMet = (message: string, received: bigint): Result.Result<never, FormulaNotMet> =>
  Result.fail(
    new FormulaNotMet({
      message,
      path: "$.formula",
      expected: "a formula whose fixed amounts fit within the total",
      received: String(received),
    }),
  );

/**
 * Apportions `total` (`magnitude` its absolute value) among checked participants, their ids
 * and headcounts as read (adding up to `whole`, `maxWeight` the largest; at least one with
 * staff unless the total is 0: the caller refuses the rest), under a checked formula with
 * minimums or tiers (amounts as non-negative minor units; `apportion` splits the
 * proportional formula itself, in one pass). The shares of a negative total are the
 * negatives of its magnitude's.
 *
 * Some amounts are fixed first (`fixed[i]`: a minimum or a tier's amount); the rest of the
 * magnitude, the pool, is split by headcount among the participants with no fixed amount,
 * in one split over every participant where a fixed one weighs 0 (a weight of 0 has no
 * remainder, so it never takes a leftover unit); a participant with neither gets 0 ("none").
 * The split is given `maxWeight`, every headcount's largest: it bounds the pool's, which is
 * all the split's check of whether numbers are exact needs (a bound too high only sends a
 * split to bigints sooner). Ties go to the id that sorts first, as in the proportional split.
 *
 * @internal
 */
export const planShares = (
  total: Money,
  magnitude: bigint,
  formula: Exclude<Formula, { readonly kind: "proportional" }>,
  ids: ReadonlyArray<string>,
  weights: ArrayLike<number>,
  whole: number,
  maxWeight: number,
): Result.Result<Apportionment, FormulaNotMet> => {
  const negative = total.minorUnits < 0n;
  const all = BigInt(whole);
  let fixed: Array<bigint | undefined>;
  let tiers: Array<number | undefined> | undefined;
  if (formula.kind === "floor") {
    // smallest headcount (so smallest exact quota) first: while the smallest quota of what
    // is left, left × h / rest, is below the minimum, that participant pays the minimum
    // (equal headcounts have equal quotas, so their order does not matter); the first that
    // is not, and everyone after it, share the rest by headcount. A sort and one pass,
    // however the raises cascade. No staff, no minimum.
    const minimum = formula.minimum.minorUnits;
    fixed = ids.map(() => undefined);
    let left = magnitude;
    let rest = all;
    for (const index of ids.map((_, i) => i).sort((a, b) => (weights[a] as number) - (weights[b] as number))) {
      const headcount = BigInt(weights[index] as number);
      if (headcount === 0n) continue;
      if (left * headcount >= minimum * rest) break;
      fixed[index] = minimum;
      left -= minimum;
      rest -= headcount;
    }
  } else {
    // each participant with staff in the first tier whose threshold (a fraction of the whole headcount) it is below
    tiers = ids.map((_, i) => {
      const staff = BigInt(weights[i] as number);
      const tier = formula.tiers.findIndex((t) => staff * t.below.denominator < t.below.numerator * all);
      return staff > 0n && tier >= 0 ? tier : undefined;
    });
    fixed = tiers.map((tier) => (tier === undefined ? undefined : formula.tiers[tier]?.amount.minorUnits));
  }
  const label = tiers === undefined ? "minimums" : "flat tier amounts";
  let fixedSum = 0n;
  let poolHeadcount = 0;
  // the pool's weights: a participant's headcount, or 0 where its amount is fixed
  const poolWeights = fixed.map((amount, i) => {
    if (amount !== undefined) {
      fixedSum += amount;
      return 0;
    }
    const headcount = weights[i] as number;
    poolHeadcount += headcount;
    return headcount;
  });
  const pool = magnitude - fixedSum;
  if (pool < 0n)
    return notMet(`the ${label} alone (${fixedSum} minor units) exceed the total (${magnitude} minor units)`, fixedSum);
  if (poolHeadcount === 0 && pool !== 0n)
    return notMet(`after the ${label}, ${pool} minor units are left and nobody shares them by headcount`, pool);
  const split = splitUnits(pool, poolWeights, poolHeadcount, maxWeight, compareIds(ids)).units;
  const units = fixed.map((amount, i) => {
    const unsigned = amount ?? BigInt(split[i] as number | bigint);
    return negative ? -unsigned : unsigned;
  });
  return Result.succeed(
    new LeanApportionment(
      total,
      formula,
      { minorUnits: negative ? -pool : pool, currency: total.currency },
      poolHeadcount,
      ids,
      weights,
      { exactAs: "bigint", units },
      fixed,
      tiers,
    ),
  );
};
