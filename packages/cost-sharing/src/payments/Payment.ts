import type { Money } from "@unsms/core";

/**
 * What one participant did about its share: paid an amount, or withheld an amount (it
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
 * One participant's account: what was due, what was paid, and the arrears (due − paid;
 * negative when it paid more).
 *
 * @example
 * ```ts
 * import type { Arrears } from "@unsms/cost-sharing"
 * import { makeMoney, USD } from "@unsms/core"
 *
 * const line: Arrears = { id: "WB", due: makeMoney(300n, USD), paid: makeMoney(100n, USD), arrears: makeMoney(200n, USD) }
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
  /** `due − paid`. */
  readonly arrears: Money;
}

/**
 * The funding gap of an apportionment once payments are known (A/61/531 ¶53): what was
 * due, what was received, the gap between them and each participant's arrears, in input
 * order.
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
  /** `due − received`: what is missing (negative if more came in). */
  readonly gap: Money;
  /** Each participant's account, in input order. */
  readonly rows: ReadonlyArray<Arrears>;
}
