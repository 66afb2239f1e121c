import * as z from "zod";
import { THREAT_CATEGORIES } from "./ThreatCategory";

/**
 * Checks a {@link @unsms/risk!index.ThreatCategory | ThreatCategory}.
 *
 * @example
 * ```ts
 * import { ThreatCategorySchema } from "@unsms/risk/schema"
 *
 * console.log(ThreatCategorySchema.safeParse("crime").success) // true
 * ```
 *
 * @category assessment
 * @since 0.1.0
 */
export const ThreatCategorySchema = z.enum(THREAT_CATEGORIES);
