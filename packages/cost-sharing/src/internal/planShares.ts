import * as Result from "effect/Result";
import type { ShareBasis } from "../apportion/Apportionment";
import type { Participant } from "../apportion/Participant";
import { FormulaNotMet } from "../errors/FormulaNotMet";
import type { ZeroHeadcount } from "../errors/ZeroHeadcount";
import type { Formula } from "../formula/Formula";
import { splitAmong } from "./splitAmong";
import { zeroHeadcountFailure } from "./zeroHeadcountFailure";

/**
 * The shares of a non-negative amount under a formula, before signs and currencies.
 *
 * @internal
 */
export interface Plan {
  readonly amounts: ReadonlyArray<bigint>;
  readonly basis: ReadonlyArray<ShareBasis>;
  readonly tiers: ReadonlyArray<number | undefined>;
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

const withPool = (
  magnitude: bigint,
  participants: ReadonlyArray<Participant>,
  fixed: ReadonlyArray<bigint | undefined>,
  basis: Array<ShareBasis>,
  tiers: ReadonlyArray<number | undefined>,
  label: string,
): Result.Result<Plan, FormulaNotMet | ZeroHeadcount> => {
  const group: Array<number> = [];
  let fixedSum = 0n;
  let poolHeadcount = 0;
  participants.forEach((participant, index) => {
    const amount = fixed[index];
    if (amount !== undefined) fixedSum += amount;
    else if (participant.headcount > 0) {
      group.push(index);
      poolHeadcount += participant.headcount;
    }
  });
  const pool = magnitude - fixedSum;
  if (pool < 0n)
    return Result.fail(
      notMet(
        `the ${label} alone (${fixedSum} minor units) exceed the total (${magnitude} minor units)`,
        String(fixedSum),
      ),
    );
  if (group.length === 0 && pool !== 0n) {
    return Result.fail(
      participants.some((participant) => participant.headcount > 0)
        ? notMet(`after the ${label}, ${pool} minor units are left and nobody shares them by headcount`, String(pool))
        : zeroHeadcountFailure(magnitude),
    );
  }
  const split = splitAmong(pool, participants, group);
  const amounts = fixed.map((amount) => amount ?? 0n);
  group.forEach((index, j) => {
    amounts[index] = split[j] as bigint;
    basis[index] = "headcount";
  });
  return Result.succeed({ amounts, basis, tiers, pool, poolHeadcount });
};

/**
 * Plans the shares of `magnitude ≥ 0` minor units among checked participants under a
 * checked formula with minimums or tiers (amounts as non-negative minor units; `apportion`
 * splits the proportional formula itself, in one pass).
 *
 * @internal
 */
export const planShares = (
  magnitude: bigint,
  participants: ReadonlyArray<Participant>,
  formula: Exclude<Formula, { readonly kind: "proportional" }>,
): Result.Result<Plan, FormulaNotMet | ZeroHeadcount> => {
  const n = participants.length;
  const none = (): Array<ShareBasis> => participants.map(() => "none");
  const noTiers: ReadonlyArray<number | undefined> = participants.map(() => undefined);
  switch (formula.kind) {
    case "floor": {
      const minimum = formula.minimum.minorUnits;
      const fixed = new Array<bigint | undefined>(n).fill(undefined);
      for (;;) {
        const basis = none();
        fixed.forEach((amount, index) => {
          if (amount !== undefined) basis[index] = "minimum";
        });
        const plan = withPool(magnitude, participants, fixed, basis, noTiers, "minimums");
        if (Result.isFailure(plan)) return plan;
        let raised = false;
        plan.success.amounts.forEach((amount, index) => {
          if (plan.success.basis[index] === "headcount" && amount < minimum) {
            fixed[index] = minimum;
            raised = true;
          }
        });
        if (!raised) return plan;
      }
    }
    case "tiers": {
      const whole = BigInt(participants.reduce((sum, participant) => sum + participant.headcount, 0));
      const fixed = new Array<bigint | undefined>(n).fill(undefined);
      const basis = none();
      const tiers: Array<number | undefined> = participants.map(() => undefined);
      participants.forEach((participant, index) => {
        if (participant.headcount === 0) {
          fixed[index] = 0n;
          return;
        }
        const headcount = BigInt(participant.headcount);
        const tier = formula.tiers.findIndex((t) => headcount * t.below.denominator < t.below.numerator * whole);
        if (tier >= 0) {
          fixed[index] = (formula.tiers[tier] as (typeof formula.tiers)[number]).amount.minorUnits;
          basis[index] = "tier";
          tiers[index] = tier;
        }
      });
      return withPool(magnitude, participants, fixed, basis, tiers, "flat tier amounts");
    }
  }
};
