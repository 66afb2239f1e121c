import { boundedRefinement } from "@unsms/core/schema";
import * as z from "zod";
import { repeats } from "../internal/repeats";
import { RiskResponseSchema } from "./RiskResponseSchema";
import { RiskTargetSchema } from "./RiskTargetSchema";
import { ThreatCategorySchema } from "./ThreatCategorySchema";

/**
 * Checks a {@link @unsms/risk!index.Threat | Threat} (a missing `measures` is none; a
 * measure listed twice is refused at the repeat, as
 * {@link @unsms/risk!index.assessRegister | assessRegister} refuses it).
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
 *
 * const twice = ThreatSchema.safeParse({
 *   id: "T3", category: "crime", description: "carjacking", likelihood: "Likely", impact: "Severe",
 *   measures: ["M-CONVOY", "M-CONVOY"], response: "control",
 * })
 * console.log(twice.error?.issues[0]?.path) // ["measures", 1]
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
  measures: z
    .array(z.string().min(1))
    .superRefine(
      boundedRefinement((ids: ReadonlyArray<string>, report) => {
        for (const { index } of repeats(ids))
          report([index], ids[index], "a measure not already applied to this threat (each applies once)");
      }),
    )
    .default([])
    .describe("ids of the register's mitigation measures applied, each once"),
  response: RiskResponseSchema,
});
