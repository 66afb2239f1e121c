import * as z from "zod";
import { MossStandardsSchema } from "./MossStandardsSchema";
import { SecuritySituationSchema } from "../security/SecuritySituationSchema";
import { MAX_LIST_ITEMS } from "../internal/listProblem";

/**
 * Checks an {@link @unsms/risk!index.Inspection | Inspection}'s shape (the input of `unsms compliance score`, printed by
 * `unsms schema compliance-inspection`).
 *
 * @example
 * ```ts
 * import { InspectionSchema } from "@unsms/risk/schema"
 *
 * const parsed = InspectionSchema.safeParse({ location: "x", standard: "MOSS", situation: { system: "levels", level: 9 }, findings: [] })
 * console.log(parsed.success) // false (there is no level 9)
 * ```
 *
 * @category compliance
 * @since 0.1.0
 */
export const InspectionSchema = z.strictObject({
  location: z.string().min(1),
  date: z.iso.date().optional(),
  standard: z.enum(["MOSS", "H-MOSS"]),
  standards: MossStandardsSchema.optional(),
  situation: SecuritySituationSchema,
  findings: z
    .array(z.strictObject({ measure: z.string().min(1), met: z.boolean(), note: z.string().optional() }))
    .max(MAX_LIST_ITEMS),
  requiredPercent: z.number().int().min(0).max(100).optional(),
});
