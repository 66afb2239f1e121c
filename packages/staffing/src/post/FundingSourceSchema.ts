import * as z from "zod";
import { fundingSources } from "./FundingSource";

/**
 * Schema of a funding source: `regular-budget` (RB), `extrabudgetary` (XB) or `cost-shared`
 * (field-related costs shared among the participating organizations, ¶52).
 *
 * @example
 * ```ts
 * import { FundingSourceSchema } from "@unsms/staffing/schema"
 *
 * console.log(FundingSourceSchema.options) // ["regular-budget", "extrabudgetary", "cost-shared"]
 * ```
 *
 * @category vocabulary
 * @since 0.1.0
 */
export const FundingSourceSchema = z.enum(fundingSources);
