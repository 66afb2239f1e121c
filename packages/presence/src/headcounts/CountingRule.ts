import type { DutyStationId } from "@unsms/core";
import type { PresenceCategory } from "../record/presenceCategories";

/**
 * Who counts in a cost-sharing headcount and where: the categories of people counted and
 * the duty stations (`null`: all). The date is the instant passed with it; each person is
 * counted once, under the organization of the presence record. A policy value, default
 * {@link defaultCountingRule}. What `CountingRuleSchema` (`@unsms/presence/schema`) decodes,
 * field for field (a type test ties the two).
 *
 * @example
 * ```ts
 * import type { CountingRule } from "@unsms/presence"
 *
 * const rule: CountingRule = { name: "staff and consultants", basis: "our assumption", categories: ["staff", "consultant"], dutyStations: null }
 * console.log(rule.categories) // ["staff", "consultant"]
 * ```
 *
 * @category headcounts
 * @since 0.2.0
 */
export interface CountingRule {
  /** The rule's name. */
  readonly name: string;
  /** Its basis: a source with its year, or "our assumption". */
  readonly basis: string;
  /** The categories of people counted, at least one. */
  readonly categories: ReadonlyArray<PresenceCategory>;
  /** The duty stations counted; `null`: all. */
  readonly dutyStations: ReadonlyArray<DutyStationId> | null;
}
