/**
 * The pass categories, the one list of them at run time: the schema
 * ({@link @unsms/access-pass!schema.PassCategorySchema | PassCategorySchema}) and the token
 * reader take them from here, and the type
 * {@link @unsms/access-pass!index.PassCategory | PassCategory}, the policy's keys, is derived
 * from them.
 * They are those public UN rules name:
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
