import * as z from "zod";
import type { DutyStationId } from "@unsms/core";
import { DutyStationIdSchema } from "@unsms/core/schema";
import type { EquipmentItem } from "../item/EquipmentItem";
import type { RequiredKit } from "../readiness/RequiredKit";
import type { StandardList } from "../standard/StandardList";
import { EquipmentItemSchema } from "../item/EquipmentItemSchema";
import { MAX_DUTY_STATIONS } from "../internal/maxDutyStations";
import { RequiredKitSchema } from "../readiness/RequiredKitSchema";
import { StandardListSchema } from "../standard/StandardListSchema";

/**
 * Schema of the input of `unsms equipment …` (`unsms schema equipment` prints it): the
 * `register` (at most 1 000 000 lines), the required `kit`, optionally more `dutyStations` to
 * assess (at most 100 000; a station with nothing registered is short of everything) and the
 * agency's `standardList`. The functions refuse what the schema leaves: an item twice in the
 * kit (`readinessGaps`) or in the list (`checkStandardItems`), and an answer of more than
 * 100 000 gaps (`readinessGaps`), with paths in this document (`$.kit.items[6].item`).
 *
 * @example
 * ```ts
 * import { ReadinessInputSchema } from "@unsms/equipment/schema"
 * import { decode } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * const input = { register: [], kit: { name: "field office", basis: "our assumption", items: [{ item: "SAT-PHONE", quantity: 2 }] } }
 * console.log(Result.isSuccess(decode(ReadinessInputSchema, input))) // true
 * ```
 *
 * @category schemas
 * @since 0.2.0
 */
export const ReadinessInputSchema = z.strictObject({
  register: z.array(EquipmentItemSchema).max(1_000_000),
  kit: RequiredKitSchema,
  dutyStations: z.array(DutyStationIdSchema).max(MAX_DUTY_STATIONS).optional(),
  standardList: StandardListSchema.optional(),
});

/**
 * The input of `unsms equipment …`, decoded ({@link ReadinessInputSchema}), field for field
 * (a type test ties the two).
 *
 * @example
 * ```ts
 * import type { ReadinessInput } from "@unsms/equipment/schema"
 *
 * const input: ReadinessInput = { register: [], kit: { name: "none", basis: "", items: [] } }
 * console.log(input.kit.items.length) // 0
 * ```
 *
 * @category schemas
 * @since 0.2.0
 */
export interface ReadinessInput {
  /** The register: at most 1 000 000 lines. */
  readonly register: ReadonlyArray<EquipmentItem>;
  /** The kit every assessed station must hold. */
  readonly kit: RequiredKit;
  /** More duty stations to assess (at most 100 000): one with nothing registered is short of everything. */
  readonly dutyStations?: ReadonlyArray<DutyStationId> | undefined;
  /** The agency's standardized list, when the register is checked against one. */
  readonly standardList?: StandardList | undefined;
}
