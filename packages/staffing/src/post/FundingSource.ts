import * as z from "zod";

/**
 * Schema of a funding source: `regular-budget` (RB), `extrabudgetary` (XB) or `cost-shared`
 * (field-related costs shared among the participating organizations, ¶52).
 *
 * @example
 * ```ts
 * import { FundingSourceSchema } from "@unsms/staffing"
 *
 * console.log(FundingSourceSchema.options) // ["regular-budget", "extrabudgetary", "cost-shared"]
 * ```
 *
 * @category vocabulary
 * @since 0.1.0
 */
export const FundingSourceSchema = z.enum(["regular-budget", "extrabudgetary", "cost-shared"]);

/**
 * Where a post's money comes from (see {@link FundingSourceSchema}).
 *
 * @example
 * ```ts
 * import type { FundingSource } from "@unsms/staffing"
 *
 * const fieldSecurity: FundingSource = "cost-shared" // ¶52
 * console.log(fieldSecurity)
 * ```
 *
 * @category vocabulary
 * @since 0.1.0
 */
export type FundingSource = z.infer<typeof FundingSourceSchema>;
