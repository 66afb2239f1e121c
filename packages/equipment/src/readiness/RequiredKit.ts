import type * as z from "zod";
import type { RequiredKitSchema } from "./RequiredKitSchema";

/**
 * What a duty station must hold ready: items and quantities, serviceable. A policy value an
 * agency or the security office supplies — the report sets no kit. The type is the output
 * of `RequiredKitSchema` (`@unsms/equipment/schema`).
 *
 * @example
 * ```ts
 * import type { RequiredKit } from "@unsms/equipment"
 *
 * const kit: RequiredKit = { name: "field office", basis: "our assumption", items: [{ item: "SAT-PHONE", quantity: 2 }] }
 * console.log(kit.items.length) // 1
 * ```
 *
 * @category readiness
 * @since 0.2.0
 */
export type RequiredKit = z.output<typeof RequiredKitSchema>;
