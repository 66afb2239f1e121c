/**
 * The categories of Minimum Operating Security Standards, in unsms's order (`residential`
 * is the Minimum Operating Residential Security Standards, MORSS).
 *
 * Source: later UNSMS practice (MOSS in the field, MORSS for residences), which unsms's
 * sources give no edition or year; not A/61/531, which names MOSS (¶16(e)) and H-MOSS
 * (¶28(c), ¶33) without categories. The order is ours.
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
