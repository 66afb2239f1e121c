import * as z from "zod";
import { categories } from "./Category";

/**
 * Schema of a staff category: `professional-and-higher` (USG to P-2), `general-service`
 * (GS(PL), GS(OL)), `local-level` (LL) and `security-service` (SS).
 *
 * @example
 * ```ts
 * import { CategorySchema } from "@unsms/staffing/schema"
 *
 * console.log(CategorySchema.options.length) // 4
 * ```
 *
 * @category vocabulary
 * @since 0.1.0
 */
export const CategorySchema = z.enum(categories);
