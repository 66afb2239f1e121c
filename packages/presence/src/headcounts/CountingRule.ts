import type * as z from "zod";
import type { CountingRuleSchema } from "./CountingRuleSchema";

/**
 * Who counts in a cost-sharing headcount and where: the categories of people counted and
 * the duty stations (`null`: all). The date is the instant passed with it; each person is
 * counted once, under the organization of the presence record. A policy value, default
 * {@link defaultCountingRule}. The type is the output of `CountingRuleSchema`
 * (`@unsms/presence/schema`).
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
export type CountingRule = z.output<typeof CountingRuleSchema>;
