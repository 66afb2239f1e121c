import * as z from "zod";
import { DutyStationIdSchema } from "@unsms/core/schema";
import { codePattern } from "../internal/codePattern";
import { equipmentCategories } from "./equipmentCategories";
import { equipmentStates } from "./equipmentStates";

/**
 * Schema of the code of an item of equipment (`"VHF-HANDHELD"`): 1 to 128 printable
 * characters without leading or trailing blanks, normalized to NFC — the same rule as
 * core's ids.
 *
 * @example
 * ```ts
 * import { ItemCodeSchema } from "@unsms/equipment/schema"
 * import { decode } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * console.log(Result.isFailure(decode(ItemCodeSchema, " radio"))) // true
 * ```
 *
 * @category schemas
 * @since 0.2.0
 */
export const ItemCodeSchema = z.string().normalize("NFC").min(1).max(128).regex(codePattern, {
  message:
    "an item code: printable characters without leading or trailing blanks, and no control, format (bidi, zero-width) or private-use characters",
});

/**
 * Schema of one line of the central equipment register (A/61/531 ¶35) in JSON: the `item`
 * code, an optional `name`, its `category`, whether it is one of the system's `standard`
 * items (¶47), the `dutyStation` holding it, the `quantity` (a whole number, at most
 * 1 000 000 000) and its `state`.
 *
 * @example
 * ```ts
 * import { EquipmentItemSchema } from "@unsms/equipment/schema"
 * import { decode } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * const line = { item: "VHF-HANDHELD", category: "communications", standard: true, dutyStation: "Cairo", quantity: 40, state: "serviceable" }
 * console.log(Result.isSuccess(decode(EquipmentItemSchema, line))) // true
 * ```
 *
 * @category schemas
 * @since 0.2.0
 */
export const EquipmentItemSchema = z.strictObject({
  item: ItemCodeSchema,
  name: z.string().max(200).optional(),
  category: z.enum(equipmentCategories),
  standard: z.boolean(),
  dutyStation: DutyStationIdSchema,
  quantity: z.number().int().min(0).max(1_000_000_000),
  state: z.enum(equipmentStates),
});
