import type { Money, Rate } from "@unsms/core";
import type { Participant } from "../apportion/Participant";
import type { Formula } from "../formula/Formula";
import type { Payment } from "../payments/Payment";

/**
 * What is to be shared: a total, the participants and the formula (default
 * proportional). The input of {@link runScenario}, and of `unsms cost-share`.
 *
 * @example
 * ```ts
 * import type { CostShareInput } from "@unsms/cost-sharing"
 * import { makeMoney, USD } from "@unsms/core"
 *
 * const input: CostShareInput = { total: makeMoney(100n, USD), participants: [{ id: "UNDP", headcount: 3 }] }
 * console.log(input.participants.length)
 * ```
 *
 * @category scenarios
 * @since 0.1.0
 */
export interface CostShareInput {
  /** The amount to share. */
  readonly total: Money;
  /** Who shares it. */
  readonly participants: ReadonlyArray<Participant>;
  /** How; proportional when absent. */
  readonly formula?: Formula;
}

/**
 * A question a budget office asks of an apportionment: the gap left open or re-apportioned
 * among those who pay (given payments), a participant joining or leaving, a headcount
 * changing, or the budget growing by a rate (5 % is `{ numerator: 5n, denominator: 100n }`).
 *
 * @example
 * ```ts
 * import type { Scenario } from "@unsms/cost-sharing"
 *
 * const scenarios: ReadonlyArray<Scenario> = [
 *   { kind: "leave", id: "World Bank" },
 *   { kind: "grow", rate: { numerator: 5n, denominator: 100n } },
 * ]
 * console.log(scenarios.length)
 * ```
 *
 * @category scenarios
 * @since 0.1.0
 */
export type Scenario =
  | { readonly kind: "gap-left-open"; readonly payments: ReadonlyArray<Payment> }
  | { readonly kind: "gap-reapportioned"; readonly payments: ReadonlyArray<Payment> }
  | { readonly kind: "join"; readonly participant: Participant }
  | { readonly kind: "leave"; readonly id: string }
  | { readonly kind: "headcount"; readonly id: string; readonly headcount: number }
  | { readonly kind: "grow"; readonly rate: Rate };

/**
 * One participant before and after a scenario: what it pays in each (zero where it does
 * not take part) and the change.
 *
 * @example
 * ```ts
 * import type { ScenarioRow } from "@unsms/cost-sharing"
 * import { makeMoney, USD } from "@unsms/core"
 *
 * const row: ScenarioRow = {
 *   id: "UNDP", before: makeMoney(100n, USD), after: makeMoney(120n, USD), change: makeMoney(20n, USD), inBefore: true, inAfter: true,
 * }
 * console.log(row.change.minorUnits)
 * ```
 *
 * @category scenarios
 * @since 0.1.0
 */
export interface ScenarioRow {
  /** The participant's id. */
  readonly id: string;
  /** What it pays before (zero if it did not take part). */
  readonly before: Money;
  /** What it pays after (zero if it no longer takes part; what it paid, for a gap left open). */
  readonly after: Money;
  /** `after − before`. */
  readonly change: Money;
  /** Whether it took part before. */
  readonly inBefore: boolean;
  /** Whether it takes part after. */
  readonly inAfter: boolean;
}

/**
 * The answer to a scenario: the totals before and after, the funding gap left (zero
 * unless the gap is left open) and one row per participant — those of before in input
 * order, then any that joined.
 *
 * @example
 * ```ts
 * import { runScenario } from "@unsms/cost-sharing"
 * import { makeMoney, USD } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const outcome = Result.getOrThrow(
 *   runScenario({ total: makeMoney(100n, USD), participants: [{ id: "A", headcount: 1 }] }, { kind: "grow", rate: { numerator: 10n, denominator: 100n } }),
 * )
 * console.log(outcome.after.minorUnits) // 110n
 * ```
 *
 * @category scenarios
 * @since 0.1.0
 */
export interface ScenarioOutcome {
  /** The scenario asked. */
  readonly scenario: Scenario;
  /** What was to be collected before. */
  readonly before: Money;
  /** What is collected after. */
  readonly after: Money;
  /** What remains unfunded after. */
  readonly gap: Money;
  /** Before and after per participant. */
  readonly rows: ReadonlyArray<ScenarioRow>;
}
