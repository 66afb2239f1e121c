/**
 * A staff category (one of {@link categories}; checked at the boundary by `CategorySchema` of `@unsms/staffing/schema`); {@link categoryOf} gives a grade's.
 *
 * @example
 * ```ts
 * import type { Category } from "@unsms/staffing"
 *
 * const guards: Category = "security-service"
 * console.log(guards)
 * ```
 *
 * @category vocabulary
 * @since 0.1.0
 */
export type Category = (typeof categories)[number];

/**
 * Every category, in the order summaries list them.
 *
 * @example
 * ```ts
 * import { categories } from "@unsms/staffing"
 *
 * console.log(categories[0]) // "professional-and-higher"
 * ```
 *
 * @category vocabulary
 * @since 0.1.0
 */
export const categories = ["professional-and-higher", "general-service", "local-level", "security-service"] as const;
