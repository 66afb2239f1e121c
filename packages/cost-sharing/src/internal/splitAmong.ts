import type { Participant } from "../apportion/Participant";
import { compareIds } from "./compareIds";
import { splitUnits } from "./kernel";

/**
 * Largest-remainder split of `amount` among the participants at `indices` by headcount,
 * ties to the id that sorts first; the result follows `indices`. The caller has checked
 * the headcounts, and that they are not all zero unless `amount` is.
 *
 * @internal
 */
export const splitAmong = (
  amount: bigint,
  participants: ReadonlyArray<Participant>,
  indices: ReadonlyArray<number>,
): Array<bigint> => {
  const chosen = indices.map((index) => participants[index] as Participant);
  const weights = chosen.map((participant) => participant.headcount);
  const whole = weights.reduce((sum, weight) => sum + weight, 0);
  const maxWeight = weights.reduce((max, weight) => (weight > max ? weight : max), 0);
  // numbers or bigints: BigInt takes either
  return Array.from(
    splitUnits(amount, weights, whole, maxWeight, compareIds(chosen.map(({ id }) => id))).units,
    BigInt,
  );
};
