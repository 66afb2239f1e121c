import type * as z from "zod";
import type { StandardListSchema } from "./StandardListSchema";

/**
 * The list of standardized items of field security equipment (A/61/531 ¶47): replaceable
 * data, default {@link standardEquipmentList}. The type is the output of
 * `StandardListSchema` (`@unsms/equipment/schema`).
 *
 * @example
 * ```ts
 * import type { StandardList } from "@unsms/equipment"
 *
 * const list: StandardList = { name: "agency list", basis: "agency, 2026", items: [{ item: "SAT-PHONE", category: "communications" }] }
 * console.log(list.items[0]?.item) // "SAT-PHONE"
 * ```
 *
 * @category standard list
 * @since 0.2.0
 */
export type StandardList = z.output<typeof StandardListSchema>;
