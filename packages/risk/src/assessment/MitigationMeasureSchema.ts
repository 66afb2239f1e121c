import * as z from "zod";

/**
 * Checks a {@link @unsms/risk!index.MitigationMeasure | MitigationMeasure}: reductions are whole numbers from 0 to 6 (a
 * missing one is 0), and at least one of them is above 0.
 *
 * @example
 * ```ts
 * import { MitigationMeasureSchema } from "@unsms/risk/schema"
 *
 * const parsed = MitigationMeasureSchema.safeParse({ id: "m", description: "d", reduces: { likelihood: -1 }, basis: "b" })
 * console.log(parsed.success) // false
 * ```
 *
 * @category assessment
 * @since 0.1.0
 */
export const MitigationMeasureSchema = z.strictObject({
  id: z.string().min(1),
  description: z.string().min(1),
  reduces: z
    .strictObject({
      likelihood: z.number().int().min(0).max(6).default(0).describe("levels of likelihood removed"),
      impact: z.number().int().min(0).max(6).default(0).describe("levels of impact removed"),
    })
    .refine((effect) => effect.likelihood + effect.impact > 0, {
      message: "a lower likelihood or impact: at least one level off either",
    }),
  basis: z.string().min(1).describe("why the measure has this effect"),
});
