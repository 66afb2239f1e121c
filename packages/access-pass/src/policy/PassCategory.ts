import * as z from "zod";
import { passCategories } from "./passCategories";

/**
 * Schema of a pass category: who the holder is to the United Nations, one of
 * {@link @unsms/access-pass!index.passCategories | passCategories} (ST/IC/2015/19).
 *
 * @example
 * ```ts
 * import { decode } from "@unsms/core/schema"
 * import { PassCategorySchema } from "@unsms/access-pass/schema"
 * import * as Result from "effect/Result"
 *
 * console.log(Result.getOrThrow(decode(PassCategorySchema, "ngo-annual"))) // "ngo-annual"
 * ```
 *
 * @category policy
 * @since 0.1.0
 */
export const PassCategorySchema = z.enum(passCategories);

/**
 * A pass category: one of {@link @unsms/access-pass!index.passCategories | passCategories},
 * what {@link PassCategorySchema} decodes (a type test ties the two). Derived from the list,
 * not written out again, so that a new category is one edit (issue 15); the site shows the
 * literals where a field takes one.
 *
 * @example
 * ```ts
 * import type { PassCategory } from "@unsms/access-pass"
 *
 * const category: PassCategory = "media"
 * console.log(category) // "media"
 * ```
 *
 * @category policy
 * @since 0.1.0
 */
export type PassCategory = (typeof passCategories)[number];
