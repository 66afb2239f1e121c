import * as z from "zod";
import { CitationSchema } from "@unsms/core/schema";

/**
 * Schema of a {@link @unsms/accountability!index.Duty | Duty}.
 *
 * @example
 * ```ts
 * import { DutySchema } from "@unsms/accountability/schema"
 *
 * const duty = DutySchema.parse({
 *   description: "advises the DO on all security matters",
 *   citation: { document: "A/61/531", location: "Annex I, ¶9" },
 * })
 * console.log(duty.description)
 * ```
 *
 * @category framework
 * @since 0.1.0
 */
export const DutySchema = z.strictObject({
  description: z.string().min(1),
  citation: CitationSchema,
});
