import { formatMoney, type Money } from "@unsms/core";
import type { Apportionment, Share } from "../apportion/Apportionment";
import type { ShareExplanation } from "./ShareExplanation";

const describeSame = (share: Share, amount: string, why: string): string => `${share.id} pays ${amount}: ${why}.`;

/**
 * Explains every share of an apportionment, in the same order: for shares of the pool,
 * the headcount, the exact quota as a fraction, its floor, the remainder, the remainder's
 * rank and whether a leftover unit was received; for the others, the minimum or the tier
 * that applied, or that a participant with no staff pays nothing. Pure: it recomputes
 * everything from the apportionment. A value that cannot be read as one (a getter or a
 * proxy that throws, a missing field) explains nothing: the answer is `[]`.
 *
 * @example
 * ```ts
 * import { apportion, explainApportionment } from "@unsms/cost-sharing"
 * import { makeMoney, USD } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const shares = Result.getOrThrow(
 *   apportion(makeMoney(10n, USD), [
 *     { id: "A", headcount: 50 },
 *     { id: "B", headcount: 20 },
 *     { id: "C", headcount: 15 },
 *     { id: "D", headcount: 15 },
 *   ]),
 * )
 * const c = explainApportionment(shares)[2]
 * console.log(c?.text)
 * // "C pays 0.02: 15 of 100 staff, quota 150/100 minor units = 1 + 50/100; remainder rank 1 of 4, so one leftover unit."
 * ```
 *
 * @category explanation
 * @since 0.1.0
 */
export const explainApportionment = (apportionment: Apportionment): ReadonlyArray<ShareExplanation> => {
  try {
    return explainReadable(apportionment);
  } catch {
    // not an apportionment (a getter or a proxy that throws, a missing field): nothing to explain
    return [];
  }
};

const explainReadable = (apportionment: Apportionment): ReadonlyArray<ShareExplanation> => {
  const { pool, poolHeadcount, shares, formula } = apportionment;
  const currency = apportionment.total.currency;
  const negative = pool.minorUnits < 0n;
  const magnitude = negative ? -pool.minorUnits : pool.minorUnits;
  const whole = BigInt(poolHeadcount);
  const signed = (units: bigint): Money => ({ minorUnits: negative ? -units : units, currency });
  // each share's remainder computed once, not at each comparison of the sort
  const inPool = shares
    .map((share, index) => ({
      share,
      index,
      remainder: whole === 0n ? 0n : (magnitude * BigInt(share.headcount)) % whole,
    }))
    .filter(({ share }) => share.basis === "headcount");
  const ranked = [...inPool].sort((a, b) => {
    if (a.remainder !== b.remainder) return a.remainder > b.remainder ? -1 : 1;
    return a.share.id < b.share.id ? -1 : a.share.id > b.share.id ? 1 : 0;
  });
  const rankOf = new Map(ranked.map(({ index }, rank) => [index, rank + 1]));
  return shares.map((share, index): ShareExplanation => {
    // each answer one literal of the share's fields and its own: those fields spread into it
    // and new fields after them would take V8 about 2 µs a share (docs/performance.md)
    const { id, headcount, basis, amount } = share;
    const paid = formatMoney(amount);
    if (basis === "headcount" && whole > 0n) {
      const scaled = magnitude * BigInt(headcount);
      const floor = scaled / whole;
      const remainder = scaled % whole;
      const rank = rankOf.get(index) ?? 0;
      const own = amount.minorUnits < 0n ? -amount.minorUnits : amount.minorUnits;
      const leftoverUnit = own > floor;
      const sign = negative ? "-" : "";
      const text =
        `${id} pays ${paid}: ${headcount} of ${poolHeadcount} staff, quota ${sign}${scaled}/${whole} minor units` +
        ` = ${sign}${floor} + ${remainder}/${whole}; remainder rank ${rank} of ${inPool.length}` +
        (leftoverUnit ? ", so one leftover unit." : ", no leftover unit.");
      const quota = { numerator: negative ? -scaled : scaled, denominator: whole };
      const rest = { numerator: remainder, denominator: whole };
      return {
        id,
        headcount,
        basis,
        amount,
        quota,
        floor: signed(floor),
        remainder: rest,
        remainderRank: rank,
        leftoverUnit,
        text,
      };
    }
    if (basis === "minimum" && formula.kind === "floor") {
      const minimum = formula.minimum;
      const why = `its exact headcount share fell below the minimum of ${formatMoney(minimum)}, so it pays the minimum`;
      return { id, headcount, basis, amount, leftoverUnit: false, minimum, text: describeSame(share, paid, why) };
    }
    const tier = share.tier;
    if (basis === "tier" && tier !== undefined) {
      const why = `its share of the headcount is in tier ${tier + 1}, which pays a flat amount`;
      return { id, headcount, basis, amount, leftoverUnit: false, tier, text: describeSame(share, paid, why) };
    }
    const text = describeSame(share, paid, "no staff, so nothing to share");
    return { id, headcount, basis, amount, leftoverUnit: false, text };
  });
};
