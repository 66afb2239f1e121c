import * as z from "zod";
import { summaryDimensions } from "./SummaryDimension";

/**
 * Schema of what a summary rolls posts up by: `unit` (each unit with the units under it),
 * `grade`, `category`, `funding`, `station` (duty station) or `status`.
 *
 * @example
 * ```ts
 * import { SummaryDimensionSchema } from "@unsms/staffing/schema"
 *
 * console.log(SummaryDimensionSchema.options.join("|")) // "unit|grade|category|funding|station|status"
 * ```
 *
 * @category summaries
 * @since 0.1.0
 */
export const SummaryDimensionSchema = z.enum(summaryDimensions);
