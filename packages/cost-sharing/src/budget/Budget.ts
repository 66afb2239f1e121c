import type { Money } from "@unsms/core";
import type { Apportionment } from "../apportion/Apportionment";

/**
 * The security budget as resolution 56/255 splits it (A/61/531 ¶52): the field-related
 * part, shared among the participants by formula, and the central part (managing and
 * leading the field security system), borne by one named participant, the United Nations.
 *
 * @example
 * ```ts
 * import type { Budget } from "@unsms/cost-sharing"
 * import { makeMoney, USD } from "@unsms/core"
 *
 * const budget: Budget = { field: makeMoney(30_000_000_000n, USD), central: makeMoney(10_000_000_000n, USD), centralBearer: "UN" }
 * console.log(budget.centralBearer)
 * ```
 *
 * @category budget
 * @since 0.1.0
 */
export interface Budget {
  /** Field-related costs, shared by formula among all participants (the bearer included). */
  readonly field: Money;
  /** Central costs, borne by `centralBearer` alone. */
  readonly central: Money;
  /** The id of the participant that bears the central costs (the United Nations). */
  readonly centralBearer: string;
}

/**
 * One participant's part of the budget: its share of the field costs, its central costs
 * (zero except for the bearer), their sum and its percentage of the whole budget.
 *
 * @example
 * ```ts
 * import type { BudgetShare } from "@unsms/cost-sharing"
 * import { makeMoney, USD } from "@unsms/core"
 *
 * const share: BudgetShare = {
 *   id: "UNDP", headcount: 10, field: makeMoney(100n, USD), central: makeMoney(0n, USD), total: makeMoney(100n, USD), percentage: "25.00",
 * }
 * console.log(share.percentage)
 * ```
 *
 * @category budget
 * @since 0.1.0
 */
export interface BudgetShare {
  /** The participant's id. */
  readonly id: string;
  /** Its headcount. */
  readonly headcount: number;
  /** Its share of the field-related costs. */
  readonly field: Money;
  /** Its central costs: the whole central part for the bearer, zero for the others. */
  readonly central: Money;
  /** `field + central`. */
  readonly total: Money;
  /** Its percentage of the whole budget, rounded half-up as the report rounds (core's `percentage`). */
  readonly percentage: string;
}

/**
 * The budget shared: the field apportionment and one {@link BudgetShare} per participant
 * in input order, adding up to `field + central`.
 *
 * @example
 * ```ts
 * import { shareBudget } from "@unsms/cost-sharing"
 * import { makeMoney, USD } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const shared = Result.getOrThrow(
 *   shareBudget({ field: makeMoney(300n, USD), central: makeMoney(100n, USD), centralBearer: "UN" }, [
 *     { id: "UN", headcount: 1 },
 *     { id: "UNDP", headcount: 2 },
 *   ]),
 * )
 * console.log(shared.total.minorUnits) // 400n
 * ```
 *
 * @category budget
 * @since 0.1.0
 */
export interface BudgetShares {
  /** The budget. */
  readonly budget: Budget;
  /** `field + central`. */
  readonly total: Money;
  /** How the field part was apportioned. */
  readonly field: Apportionment;
  /** One line per participant, in input order. */
  readonly shares: ReadonlyArray<BudgetShare>;
}
