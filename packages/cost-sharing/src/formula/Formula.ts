import type { Money, Rate } from "@unsms/core";

/**
 * The pure proportional formula of resolution 56/255 (A/61/531 ¶52): every participant
 * pays its headcount share, to the cent, by largest remainder. The default.
 *
 * @example
 * ```ts
 * import type { ProportionalFormula } from "@unsms/cost-sharing"
 *
 * const formula: ProportionalFormula = { kind: "proportional" }
 * console.log(formula.kind)
 * ```
 *
 * @category formulas
 * @since 0.1.0
 */
export interface ProportionalFormula {
  /** The formula's name. */
  readonly kind: "proportional";
}

/**
 * Proportional with a minimum (the formula in force from April 2005: the actual
 * percentage of field staff, at least US$ 75 000). Participants whose exact proportional
 * share (before rounding) falls below the minimum pay exactly the minimum; the rest is
 * shared by headcount among the others, repeated until nobody else's exact share falls
 * below, then rounded once by largest remainder, so every other participant pays at least
 * the minimum. Participants with no staff pay nothing and are not subject to the minimum.
 * (Our reading where the report is silent: the exact share decides, so a leftover unit of
 * rounding never decides who pays the minimum; it also lets the raises be found in one
 * pass over the headcounts in order, O(n log n) however they cascade.)
 *
 * @example
 * ```ts
 * import type { FloorFormula } from "@unsms/cost-sharing"
 * import { makeMoney, USD } from "@unsms/core"
 *
 * const formula: FloorFormula = { kind: "floor", minimum: makeMoney(7_500_000n, USD) }
 * console.log(formula.minimum.minorUnits)
 * ```
 *
 * @category formulas
 * @since 0.1.0
 */
export interface FloorFormula {
  /** The formula's name. */
  readonly kind: "floor";
  /** The least any participant with staff pays, in the total's currency; not negative. */
  readonly minimum: Money;
}

/**
 * One flat tier: participants whose share of the total headcount is below `below` (and
 * not below the previous tier's threshold) pay `amount`.
 *
 * @example
 * ```ts
 * import type { Tier } from "@unsms/cost-sharing"
 * import { makeMoney, USD } from "@unsms/core"
 *
 * // under 0.5 % of the headcount: a flat US$ 25 000
 * const small: Tier = { below: { numerator: 1n, denominator: 200n }, amount: makeMoney(2_500_000n, USD) }
 * console.log(small.below.denominator)
 * ```
 *
 * @category formulas
 * @since 0.1.0
 */
export interface Tier {
  /** The threshold, as an exact fraction of the total headcount (0.5 % is 1/200), in (0, 1]. */
  readonly below: Rate;
  /** The flat amount the tier pays, in the total's currency; not negative. */
  readonly amount: Money;
}

/**
 * Flat tiers below thresholds, the rest shared by headcount (the 2002–2003 formula, kept
 * for 2004–2005: under 0.5 % of the field headcount a flat US$ 25 000, 0.5–1 % a flat
 * US$ 100 000, everyone else by headcount). Tiers are listed by increasing threshold.
 * Participants with no staff pay nothing.
 *
 * @example
 * ```ts
 * import type { TiersFormula } from "@unsms/cost-sharing"
 * import { makeMoney, USD } from "@unsms/core"
 *
 * const formula: TiersFormula = {
 *   kind: "tiers",
 *   tiers: [{ below: { numerator: 1n, denominator: 100n }, amount: makeMoney(10_000_000n, USD) }],
 * }
 * console.log(formula.tiers.length)
 * ```
 *
 * @category formulas
 * @since 0.1.0
 */
export interface TiersFormula {
  /** The formula's name. */
  readonly kind: "tiers";
  /**
   * The tiers, by strictly increasing threshold. Each participant is compared with them in
   * turn (n × tiers comparisons); a request in JSON takes at most 100.
   */
  readonly tiers: ReadonlyArray<Tier>;
}

/**
 * A cost-sharing formula: a policy value an agency chooses or replaces. The default is
 * {@link proportionalFormula}; {@link formula2005} and {@link formula2002} are the
 * historical formulas with their sources, as `Cited` values: the formula is their `value`.
 *
 * @example
 * ```ts
 * import type { Formula } from "@unsms/cost-sharing"
 *
 * const formulas: ReadonlyArray<Formula> = [{ kind: "proportional" }]
 * console.log(formulas[0]?.kind)
 * ```
 *
 * @category formulas
 * @since 0.1.0
 */
export type Formula = ProportionalFormula | FloorFormula | TiersFormula;
