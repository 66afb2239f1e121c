import * as z from "zod";
import { CitationSchema } from "@unsms/core/schema";

/**
 * Schema of an {@link @unsms/accountability!index.AppointmentRule | AppointmentRule}, as a framework loaded from JSON states it.
 *
 * @example
 * ```ts
 * import { AppointmentRuleSchema } from "@unsms/accountability/schema"
 *
 * const rule = AppointmentRuleSchema.parse({
 *   by: ["designated-official"],
 *   inWriting: true,
 *   afterConsulting: ["security-management-team"],
 *   requirements: [],
 *   description: "appointed in writing by the DO after consultation with the SMT",
 *   citation: { document: "A/61/531", location: "Annex I, ¶16" },
 * })
 * console.log(rule.inWriting)
 * ```
 *
 * @category framework
 * @since 0.1.0
 */
export const AppointmentRuleSchema = z.strictObject({
  by: z.array(z.string().min(1)),
  inWriting: z.boolean(),
  afterConsulting: z.array(z.string().min(1)),
  requirements: z.array(z.string().min(1)),
  description: z.string().min(1),
  citation: CitationSchema,
});
