import * as z from "zod";
import { equipmentCategories } from "../item/equipmentCategories";
import { ItemCodeSchema } from "../item/EquipmentItemSchema";

/**
 * Schema of a standard equipment list in JSON: its `name`, its `basis`, the number of items
 * the source reports (`reportedCount`, when it gives one) and the `items` themselves, each
 * with its code, an optional name and its category (an item once).
 *
 * @example
 * ```ts
 * import { StandardListSchema } from "@unsms/equipment/schema"
 * import { decode } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * const list = { name: "agency list 2026", basis: "agency", items: [{ item: "VHF-HANDHELD", category: "communications" }] }
 * console.log(Result.isSuccess(decode(StandardListSchema, list))) // true
 * ```
 *
 * @category schemas
 * @since 0.2.0
 */
export const StandardListSchema = z.strictObject({
  name: z.string().min(1).max(200),
  basis: z.string().max(1000),
  reportedCount: z.number().int().min(0).optional(),
  items: z
    .array(
      z.strictObject({
        item: ItemCodeSchema,
        name: z.string().max(200).optional(),
        category: z.enum(equipmentCategories),
      }),
    )
    .max(100_000),
});
