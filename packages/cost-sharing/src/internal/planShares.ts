import * as Result from "effect/Result";
import type { ShareBasis } from "../apportion/Apportionment";
import type { Participant } from "../apportion/Participant";
import { FormulaNotMet } from "../errors/FormulaNotMet";
import type { Formula } from "../formula/Formula";
import { splitAmong } from "./splitAmong";

/**
 * The shares of a non-negative amount under a formula, before signs and currencies.
 *
 * @internal
 */
export interface Plan {
  readonly amounts: ReadonlyArray<bigint>;
  readonly basis: ReadonlyArray<ShareBasis>;
  /** Each share's tier (the formulas with tiers). */
  readonly tiers: ReadonlyArray<number | undefined> | undefined;
  readonly pool: bigint;
  readonly poolHeadcount: number;
}

const notMet = (message: string, received: string): FormulaNotMet =>
  new FormulaNotMet({
    message,
    path: "$.formula",
    expected: "a formula whose fixed amounts fit within the total",
    received,
  });

/**
 * The plan once some amounts are fixed (`fixed[i]`, shown as `fixedAs`): the rest of the
 * amount, the pool, split by headcount among the participants with no fixed amount and a
 * headcount above 0; a participant with neither gets 0 ("none").
 */
const withPool = (
  magnitude: bigint,
  participants: ReadonlyArray<Participant>,
  fixed: ReadonlyArray<bigint | undefined>,
  fixedAs: ShareBasis,
  tiers: ReadonlyArray<number | undefined> | undefined,
  label: string,
): Result.Result<Plan, FormulaNotMet> => {
  const group: Array<number> = [];
  let fixedSum = 0n;
  let poolHeadcount = 0;
  const basis = participants.map(({ headcount }, index): ShareBasis => {
    const amount = fixed[index];
    if (amount !== undefined) {
      fixedSum += amount;
      return fixedAs;
    }
    if (headcount === 0) return "none";
    group.push(index);
    poolHeadcount += headcount;
    return "headcount";
  });
  const pool = magnitude - fixedSum;
  if (pool < 0n)
    return Result.fail(
      notMet(
        `the ${label} alone (${fixedSum} minor units) exceed the total (${magnitude} minor units)`,
        String(fixedSum),
      ),
    );
  if (group.length === 0 && pool !== 0n)
    return Result.fail(
      notMet(`after the ${label}, ${pool} minor units are left and nobody shares them by headcount`, String(pool)),
    );
  const split = splitAmong(pool, participants, group);
  const amounts = fixed.map((amount) => amount ?? 0n);
  group.forEach((index, j) => {
    amounts[index] = split[j] as bigint;
  });
  return Result.succeed({ amounts, basis, tiers, pool, poolHeadcount });
};

/**
 * Plans the shares of `magnitude ≥ 0` minor units among checked participants (at least one
 * with staff unless `magnitude` is 0: the caller refuses the rest), whose headcounts add up
 * to `whole`, under a checked formula with minimums or tiers (amounts as non-negative minor
 * units; `apportion` splits the proportional formula itself, in one pass).
 *
 * @internal
 */
export const planShares = (
  magnitude: bigint,
  participants: ReadonlyArray<Participant>,
  formula: Exclude<Formula, { readonly kind: "proportional" }>,
  whole: bigint,
): Result.Result<Plan, FormulaNotMet> => {
  if (formula.kind === "floor") {
    // smallest headcount (so smallest exact quota) first: while the smallest quota of what
    // is left, left × h / rest, is below the minimum, that participant pays the minimum
    // (equal headcounts have equal quotas, so their order does not matter); the first that
    // is not, and everyone after it, share the rest by headcount. A sort and one pass,
    // however the raises cascade. No staff, no minimum.
    const minimum = formula.minimum.minorUnits;
    const fixed = participants.map((): bigint | undefined => undefined);
    let left = magnitude;
    let rest = whole;
    for (const index of participants
      .map((_, i) => i)
      .sort((a, b) => (participants[a] as Participant).headcount - (participants[b] as Participant).headcount)) {
      const headcount = BigInt((participants[index] as Participant).headcount);
      if (headcount === 0n) continue;
      if (left * headcount >= minimum * rest) break;
      fixed[index] = minimum;
      left -= minimum;
      rest -= headcount;
    }
    return withPool(magnitude, participants, fixed, "minimum", undefined, "minimums");
  }
  // each participant with staff in the first tier whose threshold (a fraction of the whole headcount) it is below
  const tiers = participants.map(({ headcount }) => {
    const staff = BigInt(headcount);
    const tier = formula.tiers.findIndex((t) => staff * t.below.denominator < t.below.numerator * whole);
    return headcount > 0 && tier >= 0 ? tier : undefined;
  });
  const fixed = tiers.map((tier) => (tier === undefined ? undefined : formula.tiers[tier]?.amount.minorUnits));
  return withPool(magnitude, participants, fixed, "tier", tiers, "flat tier amounts");
};
