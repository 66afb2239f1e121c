import * as z from "zod";

/**
 * Checks a {@link @unsms/risk!index.SecurityLevel | SecurityLevel}.
 *
 * @example
 * ```ts
 * import { SecurityLevelSchema } from "@unsms/risk/schema"
 *
 * console.log(SecurityLevelSchema.safeParse(7).success) // false
 * ```
 *
 * @category security phases and levels
 * @since 0.1.0
 */
export const SecurityLevelSchema = z.union([
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal(5),
  z.literal(6),
]);
