/**
 * One share in the JSON answer of `unsms cost-share`: the id, the headcount, the amount as
 * a decimal string with the currency's exact decimals, and extras — the percentage of the
 * total, the basis, the tier index, and, when asked for (`unsms cost-share --explain`), the
 * explanation (quota and remainder as `"numerator/denominator"` fractions of minor units).
 *
 * @example
 * ```ts
 * import type { CostShareJsonShare } from "@unsms/cost-sharing"
 *
 * const share: CostShareJsonShare = {
 *   id: "UNDP", headcount: 1, amount: "0.05", percentage: "50.00", basis: "headcount",
 *   explanation: { leftoverUnit: false, text: "…" },
 * }
 * console.log(share.amount)
 * ```
 *
 * @category json
 * @since 0.1.0
 */
export interface CostShareJsonShare {
  /** The participant's id. */
  readonly id: string;
  /** Its headcount. */
  readonly headcount: number;
  /** What it pays: a decimal string with the currency's decimals, e.g. `"246800000.00"`. */
  readonly amount: string;
  /** Its percentage of the total, two decimals, rounded half-up. */
  readonly percentage: string;
  /** `"headcount"`, `"minimum"`, `"tier"` or `"none"`. */
  readonly basis: string;
  /** For a tier share, the tier's index. */
  readonly tier?: number;
  /** Why the amount is what it is; only when explanations were asked for (since 0.2.0). */
  readonly explanation?: {
    /** The exact quota, `"numerator/denominator"` minor units. */
    readonly quota?: string;
    /** Its whole part, as a decimal amount. */
    readonly floor?: string;
    /** The remainder, `"numerator/denominator"` minor units. */
    readonly remainder?: string;
    /** The remainder's rank in the pool, 1 the largest. */
    readonly remainderRank?: number;
    /** Whether a leftover minor unit was received. */
    readonly leftoverUnit: boolean;
    /** The explanation in one sentence. */
    readonly text: string;
  };
}

/**
 * The JSON answer of `unsms cost-share` ({@link costShare}): the currency, the total and
 * the shares in input order, plus the formula, the pool shared by headcount and, when
 * payments were given, the funding gap.
 *
 * @example
 * ```ts
 * import type { CostShareResponse } from "@unsms/cost-sharing"
 *
 * const response: CostShareResponse = {
 *   currency: "USD", total: "0.10", formula: { kind: "proportional" }, pool: "0.10", poolHeadcount: 2, shares: [],
 * }
 * console.log(response.total)
 * ```
 *
 * @category json
 * @since 0.1.0
 */
export interface CostShareResponse {
  /** The ISO 4217 code. */
  readonly currency: string;
  /** The total, as a decimal string. */
  readonly total: string;
  /** The formula, in its JSON form. */
  readonly formula: unknown;
  /** The part shared by headcount. */
  readonly pool: string;
  /** The headcount that shared the pool. */
  readonly poolHeadcount: number;
  /** One share per participant, in input order. */
  readonly shares: ReadonlyArray<CostShareJsonShare>;
  /** The funding gap, when payments were given. */
  readonly funding?: {
    /** The total due. */
    readonly due: string;
    /** The total received. */
    readonly received: string;
    /** What is missing, `due − received` or zero. */
    readonly gap: string;
    /** What came in above the total, or zero (since 0.2.0). */
    readonly surplus: string;
    /** Whether something is missing (since 0.2.0). */
    readonly hasGap: boolean;
    /** Each participant's account, in input order; `overpaid` since 0.2.0. */
    readonly arrears: ReadonlyArray<{
      readonly id: string;
      readonly due: string;
      readonly paid: string;
      readonly arrears: string;
      readonly overpaid: string;
    }>;
  };
}
