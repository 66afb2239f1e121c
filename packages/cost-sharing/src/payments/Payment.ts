import type { Money } from "@unsms/core";

/**
 * What one participant did about its share: paid an amount (zero or more; above the share
 * is an overpayment, reported as such), or withheld an amount (zero up to its share: it
 * paid its share minus that). Participants without a payment paid their share in full.
 *
 * @example
 * ```ts
 * import type { Payment } from "@unsms/cost-sharing"
 * import { makeMoney, USD } from "@unsms/core"
 *
 * // A/61/531 ¶53: the World Bank withheld US$ 11 million
 * const worldBank: Payment = { id: "World Bank", withheld: makeMoney(1_100_000_000n, USD) }
 * console.log("withheld" in worldBank)
 * ```
 *
 * @category payments
 * @since 0.1.0
 */
export type Payment =
  | {
      /** The participant's id. */
      readonly id: string;
      /** What it paid. */
      readonly paid: Money;
    }
  | {
      /** The participant's id. */
      readonly id: string;
      /** What it withheld from its share. */
      readonly withheld: Money;
    };

/**
 * One participant's account: what was due, what was paid, the arrears (what it still owes,
 * `due − paid` when it paid less) and what it overpaid (`paid − due` when it paid more).
 * Never negative: at most one of `arrears` and `overpaid` is above zero.
 *
 * @example
 * ```ts
 * import type { Arrears } from "@unsms/cost-sharing"
 * import { makeMoney, USD } from "@unsms/core"
 *
 * const line: Arrears = {
 *   id: "WB", due: makeMoney(300n, USD), paid: makeMoney(100n, USD), arrears: makeMoney(200n, USD), overpaid: makeMoney(0n, USD),
 * }
 * console.log(line.arrears.minorUnits)
 * ```
 *
 * @category payments
 * @since 0.1.0
 */
export interface Arrears {
  /** The participant's id. */
  readonly id: string;
  /** Its share. */
  readonly due: Money;
  /** What it paid. */
  readonly paid: Money;
  /** What it still owes: `due − paid`, or zero when it paid its share or more. */
  readonly arrears: Money;
  /**
   * What it paid above its share: `paid − due`, or zero.
   *
   * @since 0.2.0
   */
  readonly overpaid: Money;
}

/**
 * The funding gap of an apportionment once payments are known (A/61/531 ¶53): what was
 * due, what was received, the gap (what is missing) or the surplus (what came in above
 * what was due), and each participant's account, in input order. An overpayment counts
 * toward the whole (our reading: the money is there to spend; it is reported as a surplus
 * when it exceeds what others withheld, never as a negative gap).
 *
 * @example
 * ```ts
 * import { apportion, fundingGap } from "@unsms/cost-sharing"
 * import { makeMoney, USD } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const shares = Result.getOrThrow(apportion(makeMoney(1000n, USD), [{ id: "A", headcount: 1 }, { id: "B", headcount: 1 }]))
 * const gap = Result.getOrThrow(fundingGap(shares, [{ id: "B", paid: makeMoney(0n, USD) }]))
 * console.log(gap.gap.minorUnits) // 500n
 * ```
 *
 * @category payments
 * @since 0.1.0
 */
export interface FundingGap {
  /** The total due. */
  readonly due: Money;
  /** The total received. */
  readonly received: Money;
  /** What is missing: `due − received`, or zero when at least the total came in. */
  readonly gap: Money;
  /**
   * What came in above the total: `received − due`, or zero.
   *
   * @since 0.2.0
   */
  readonly surplus: Money;
  /**
   * Whether something is missing (`gap` above zero): what `unsms cost-share` exits 1 on.
   *
   * @since 0.2.0
   */
  readonly hasGap: boolean;
  /** Each participant's account, in input order. */
  readonly rows: ReadonlyArray<Arrears>;
}
