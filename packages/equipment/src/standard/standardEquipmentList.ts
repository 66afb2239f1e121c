import type { StandardList } from "./StandardList";

/**
 * The standard list as far as A/61/531 gives it: ¶47 reports that a joint technical
 * specifications working group (DSS with the Department of Peacekeeping Operations) reviews
 * field security equipment and recommends standards, approved by the Under-Secretary-General
 * for Safety and Security, and that **about 44** items had been standardized by July 2006.
 * The report gives the count, not the items, so `items` is empty: an agency passes the list
 * it holds (`docs/examples/equipment/standard-list.json` shows the shape with illustrative
 * items, our own).
 *
 * @example
 * ```ts
 * import { standardEquipmentList } from "@unsms/equipment"
 *
 * console.log(standardEquipmentList.reportedCount, standardEquipmentList.items.length) // 44 0
 * ```
 *
 * @category standard list
 * @since 0.2.0
 */
export const standardEquipmentList: StandardList = {
  name: "A/61/531 ¶47: items standardized by the joint technical specifications working group, July 2006",
  basis: "A/61/531 ¶47 gives about 44 items standardized as of July 2006 and does not list them",
  reportedCount: 44,
  items: [],
};
