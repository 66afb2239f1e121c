import * as z from "zod";
import { MossCategorySchema } from "./MossCategorySchema";
import { SecurityLevelSchema } from "../security/SecurityLevelSchema";
import { SecurityPhaseSchema } from "../security/SecurityPhaseSchema";

/**
 * Checks a {@link @unsms/risk!index.MossMeasure | MossMeasure}.
 *
 * @example
 * ```ts
 * import { MossMeasureSchema } from "@unsms/risk/schema"
 *
 * console.log(MossMeasureSchema.safeParse({ id: "X" }).success) // false
 * ```
 *
 * @category compliance
 * @since 0.1.0
 */
export const MossMeasureSchema = z.strictObject({
  id: z.string().min(1),
  category: MossCategorySchema,
  description: z.string().min(1),
  requiredFrom: z.strictObject({
    phase: z.union([SecurityPhaseSchema, z.literal("none")]),
    level: SecurityLevelSchema,
  }),
  riskIfUnmet: z.string().min(1).describe("a risk level of the matrix in use"),
  recommendation: z.string().min(1),
});
