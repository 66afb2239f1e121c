import type { EvacuationPolicy } from "./EvacuationPolicy";

/**
 * The default order of an evacuation or relocation list — **our assumption**: A/61/531 says
 * the tracking system of ¶25 is there to know who is at a duty station, not in which order
 * they leave. Dependants leave first; then visitors, consultants and contractors, whose
 * presence the operation can spare; staff last, as the programme winds down. This follows
 * our reading of the sequence of the former security phases (III relocation, IV programme
 * suspension, V evacuation) named in the Field Security Handbook (2006 edition), where
 * dependants and non-essential personnel move before the remaining staff. Replace it with
 * the agency's or the designated official's own order.
 *
 * @example
 * ```ts
 * import { defaultEvacuationPolicy } from "@unsms/presence"
 *
 * console.log(defaultEvacuationPolicy.groups.map((group) => group.categories)) // [["dependant"], ["visitor", "consultant", "contractor"], ["staff"]]
 * ```
 *
 * @category evacuation
 * @since 0.2.0
 */
export const defaultEvacuationPolicy: EvacuationPolicy = {
  name: "dependants, then non-essential personnel, then staff",
  basis:
    "our assumption, after our reading of the phase sequence of the Field Security Handbook (2006 edition); A/61/531 ¶25 gives no order",
  groups: [
    { name: "dependants", categories: ["dependant"] },
    { name: "visitors, consultants and contractors", categories: ["visitor", "consultant", "contractor"] },
    { name: "staff", categories: ["staff"] },
  ],
};
