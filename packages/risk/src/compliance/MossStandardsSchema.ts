import { CitationSchema } from "@unsms/core/schema";
import * as z from "zod";
import { MossMeasureSchema } from "./MossMeasureSchema";

/**
 * Checks a {@link @unsms/risk!index.MossStandards | MossStandards}.
 *
 * @example
 * ```ts
 * import { MossStandardsSchema } from "@unsms/risk/schema"
 * import { DEFAULT_H_MOSS } from "@unsms/risk"
 *
 * console.log(MossStandardsSchema.safeParse(DEFAULT_H_MOSS).success) // true
 * ```
 *
 * @category compliance
 * @since 0.1.0
 */
export const MossStandardsSchema = z.strictObject({
  name: z.string().min(1),
  edition: z.string().min(1),
  source: CitationSchema,
  measures: z.array(MossMeasureSchema).min(1),
});
