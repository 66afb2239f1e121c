import { CitationSchema } from "@unsms/core/schema";
import * as z from "zod";

/**
 * Checks an {@link @unsms/risk!index.AcceptableRiskPolicy | AcceptableRiskPolicy} at the boundary (level names are checked against
 * the matrix when used).
 *
 * @example
 * ```ts
 * import { AcceptableRiskPolicySchema } from "@unsms/risk/schema"
 * import { DEFAULT_ACCEPTABLE_RISK_POLICY } from "@unsms/risk"
 *
 * console.log(AcceptableRiskPolicySchema.safeParse(DEFAULT_ACCEPTABLE_RISK_POLICY).success) // true
 * ```
 *
 * @category acceptability
 * @since 0.1.0
 */
export const AcceptableRiskPolicySchema = z.strictObject({
  ceilings: z.strictObject({
    PC1: z.string().min(1),
    PC2: z.string().min(1),
    PC3: z.string().min(1),
    PC4: z.string().min(1),
  }),
  criticalityRequiredFrom: z.string().min(1),
  source: CitationSchema,
});
