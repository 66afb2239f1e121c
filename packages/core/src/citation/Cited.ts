import type { Citation } from "./Citation";

/**
 * A value with its source: every figure unsms takes from the report travels this way.
 *
 * @example
 * ```ts
 * import type { Cited } from "@unsms/core"
 *
 * const locations: Cited<number> = { value: 150, citation: { document: "A/61/531", location: "¶8" } }
 * console.log(locations.value)
 * ```
 *
 * @category citations
 * @since 0.1.0
 */
export interface Cited<T> {
  /** The figure or rule. */
  readonly value: T;
  /** Where it comes from. */
  readonly citation: Citation;
}
