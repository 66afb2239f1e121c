import * as z from "zod";

/**
 * Schema of a staff category: `professional-and-higher` (USG to P-2), `general-service`
 * (GS(PL), GS(OL)), `local-level` (LL) and `security-service` (SS).
 *
 * @example
 * ```ts
 * import { CategorySchema } from "@unsms/staffing"
 *
 * console.log(CategorySchema.options.length) // 4
 * ```
 *
 * @category vocabulary
 * @since 0.1.0
 */
export const CategorySchema = z.enum(["professional-and-higher", "general-service", "local-level", "security-service"]);

/**
 * A staff category (see {@link CategorySchema}); {@link categoryOf} gives a grade's.
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
export type Category = z.infer<typeof CategorySchema>;

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
export const categories: ReadonlyArray<Category> = ["professional-and-higher", "general-service", "local-level", "security-service"];
