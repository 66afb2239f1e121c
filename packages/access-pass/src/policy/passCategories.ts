/**
 * The pass categories, written once: the schema ({@link @unsms/access-pass!schema.PassCategorySchema | PassCategorySchema}), the policy's
 * keys and the token reader all take them from here. They are those public UN rules name:
 * staff, affiliates, delegates, NGO representatives (annual and temporary passes),
 * accredited media, contractors, interns, retirees, visitors, and courtesy (protocol and
 * gold courtesy, VIP) passes (ST/IC/2015/19).
 *
 * @example
 * ```ts
 * import { passCategories } from "@unsms/access-pass"
 *
 * console.log(passCategories.length, passCategories.includes("visitor")) // 11 true
 * ```
 *
 * @category policy
 * @since 0.2.0
 */
export const passCategories = [
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
] as const;
