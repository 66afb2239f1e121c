import * as z from "zod";
import { RiskResponseSchema } from "./RiskResponseSchema";
import { RiskTargetSchema } from "./RiskTargetSchema";
import { ThreatCategorySchema } from "./ThreatCategorySchema";

/**
 * Checks a {@link @unsms/risk!index.Threat | Threat} (a missing `measures` is none).
 *
 * @example
 * ```ts
 * import { ThreatSchema } from "@unsms/risk/schema"
 *
 * const parsed = ThreatSchema.safeParse({
 *   id: "T2", category: "crime", description: "armed robbery on the airport road",
 *   target: "staff", likelihood: "Likely", impact: "Severe", response: "control",
 * })
 * console.log(parsed.success) // true
 * ```
 *
 * @category assessment
 * @since 0.1.0
 */
export const ThreatSchema = z.strictObject({
  id: z.string().min(1),
  category: ThreatCategorySchema,
  description: z.string().min(1),
  target: RiskTargetSchema.optional(),
  likelihood: z.string().min(1).describe("a likelihood level of the matrix"),
  impact: z.string().min(1).describe("an impact level of the matrix"),
  measures: z.array(z.string().min(1)).default([]).describe("ids of the register's mitigation measures applied"),
  response: RiskResponseSchema,
});
