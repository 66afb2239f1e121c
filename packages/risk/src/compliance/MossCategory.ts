/**
 * The categories of Minimum Operating Security Standards, in the order reports list them
 * (`residential` is the Minimum Operating Residential Security Standards, MORSS).
 *
 * @example
 * ```ts
 * import { MOSS_CATEGORIES } from "@unsms/risk"
 *
 * console.log(MOSS_CATEGORIES.length) // 9
 * ```
 *
 * @category compliance
 * @since 0.1.0
 */
export const MOSS_CATEGORIES = [
  "telecommunications",
  "documentation",
  "coordination",
  "medical",
  "equipment",
  "vehicles",
  "premises",
  "training",
  "residential",
] as const;

/**
 * One of the {@link MOSS_CATEGORIES}.
 *
 * @example
 * ```ts
 * import type { MossCategory } from "@unsms/risk"
 *
 * const category: MossCategory = "telecommunications"
 * console.log(category)
 * ```
 *
 * @category compliance
 * @since 0.1.0
 */
export type MossCategory = (typeof MOSS_CATEGORIES)[number];
