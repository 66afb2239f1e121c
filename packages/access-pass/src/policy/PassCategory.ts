import * as z from "zod";

/**
 * Schema of a pass category: who the holder is to the United Nations. The categories are
 * those public UN rules name: staff, affiliates, delegates, NGO representatives (annual and
 * temporary passes), accredited media, contractors, interns, retirees, visitors, and
 * courtesy (protocol and gold courtesy, VIP) passes (ST/IC/2015/19).
 *
 * @example
 * ```ts
 * import { decode } from "@unsms/core/schema"
 * import { PassCategorySchema } from "@unsms/access-pass"
 * import * as Result from "effect/Result"
 *
 * console.log(Result.getOrThrow(decode(PassCategorySchema, "ngo-annual"))) // "ngo-annual"
 * ```
 *
 * @category policy
 * @since 0.1.0
 */
export const PassCategorySchema = z.enum([
  "staff",
  "affiliate",
  "delegate",
  "ngo-annual",
  "ngo-temporary",
  "media",
  "contractor",
  "intern",
  "retiree",
  "visitor",
  "courtesy",
]);

/**
 * A pass category (see {@link PassCategorySchema}).
 *
 * @example
 * ```ts
 * import type { PassCategory } from "@unsms/access-pass"
 *
 * const category: PassCategory = "media"
 * console.log(category)
 * ```
 *
 * @category policy
 * @since 0.1.0
 */
export type PassCategory = z.infer<typeof PassCategorySchema>;
