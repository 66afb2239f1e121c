import type * as z from "zod";
import type { EvacuationPolicySchema } from "./EvacuationPolicySchema";

/**
 * The order in which people leave a duty station in a relocation or an evacuation: priority
 * groups, first to leave first, each taking some categories of people. A policy value: the
 * default is {@link defaultEvacuationPolicy}; an agency passes its own. The type is the
 * output of `EvacuationPolicySchema` (`@unsms/presence/schema`).
 *
 * @example
 * ```ts
 * import type { EvacuationPolicy } from "@unsms/presence"
 *
 * const policy: EvacuationPolicy = {
 *   name: "staff first", basis: "our assumption",
 *   groups: [{ name: "staff", categories: ["staff"] }, { name: "others", categories: ["dependant", "consultant", "contractor", "visitor"] }],
 * }
 * console.log(policy.groups.length) // 2
 * ```
 *
 * @category evacuation
 * @since 0.2.0
 */
export type EvacuationPolicy = z.output<typeof EvacuationPolicySchema>;
