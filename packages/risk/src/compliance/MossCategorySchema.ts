import * as z from "zod";
import { MOSS_CATEGORIES } from "./MossCategory";

/**
 * Checks a {@link @unsms/risk!index.MossCategory | MossCategory}.
 *
 * @example
 * ```ts
 * import { MossCategorySchema } from "@unsms/risk/schema"
 *
 * console.log(MossCategorySchema.safeParse("medical").success) // true
 * ```
 *
 * @category compliance
 * @since 0.1.0
 */
export const MossCategorySchema = z.enum(MOSS_CATEGORIES);
