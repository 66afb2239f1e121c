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
  const weights = new Float64Array(indices.length);
  const ids = new Array<string>(indices.length);
  let whole = 0;
  let maxWeight = 0;
  indices.forEach((index, j) => {
    const participant = participants[index] as Participant;
    weights[j] = participant.headcount;
    ids[j] = participant.id;
    whole += participant.headcount;
    if (participant.headcount > maxWeight) maxWeight = participant.headcount;
  });
  const split = splitUnits(amount, weights, whole, maxWeight, compareIds(ids));
  return split.exactAs === "number" ? Array.from(split.units, (units) => BigInt(units)) : [...split.units];
};
