import type { CountingRule } from "./CountingRule";

/**
 * The default counting rule: the **staff** of each organization present at any duty
 * station at the instant given, each person once. A/61/531 ¶52 says field-related costs
 * are shared in proportion to the participating organizations' numbers of staff
 * (resolution 56/255); that dependants, consultants, contractors and visitors do not count,
 * and that the date is the one the caller names, is our reading. An agency that counts
 * otherwise passes its own rule.
 *
 * @example
 * ```ts
 * import { defaultCountingRule } from "@unsms/presence"
 *
 * console.log(defaultCountingRule.categories, defaultCountingRule.dutyStations) // ["staff"] null
 * ```
 *
 * @category headcounts
 * @since 0.2.0
 */
export const defaultCountingRule: CountingRule = {
  name: "staff present",
  basis: "A/61/531 ¶52 (costs shared by the participating organizations' numbers of staff); staff only is our reading",
  categories: ["staff"],
  dutyStations: null,
};
