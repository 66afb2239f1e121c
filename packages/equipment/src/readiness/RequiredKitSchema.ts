import * as z from "zod";
import { ItemCodeSchema } from "../item/EquipmentItemSchema";

/**
 * Schema of a required kit in JSON: its `name`, its `basis` (a source with its year, or
 * "our assumption"), and the `items` every assessed duty station must hold serviceable,
 * each with its `quantity` (an item once).
 *
 * @example
 * ```ts
 * import { RequiredKitSchema } from "@unsms/equipment/schema"
 * import { decode } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * const kit = { name: "field office", basis: "agency rule", items: [{ item: "VHF-HANDHELD", quantity: 20 }] }
 * console.log(Result.isSuccess(decode(RequiredKitSchema, kit))) // true
 * ```
 *
 * @category schemas
 * @since 0.2.0
 */
export const RequiredKitSchema = z.strictObject({
  name: z.string().min(1).max(200),
  basis: z.string().max(1000),
  items: z
    .array(z.strictObject({ item: ItemCodeSchema, quantity: z.number().int().min(0).max(1_000_000_000) }))
    .max(10_000),
});
