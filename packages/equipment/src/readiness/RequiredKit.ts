/**
 * What a duty station must hold ready: items and quantities, serviceable. A policy value an
 * agency or the security office supplies — the report sets no kit. What `RequiredKitSchema`
 * (`@unsms/equipment/schema`) decodes, field for field (a type test ties the two).
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
export interface RequiredKit {
  /** The kit's name. */
  readonly name: string;
  /** Its basis: a source with its year, or "our assumption". */
  readonly basis: string;
  /** Every item a station must hold serviceable, each once, with its quantity. */
  readonly items: ReadonlyArray<{ readonly item: string; readonly quantity: number }>;
}
