import * as z from "zod";
import { RISK_RESPONSES } from "./RiskResponse";

/**
 * Checks a {@link @unsms/risk!index.RiskResponse | RiskResponse}.
 *
 * @example
 * ```ts
 * import { RiskResponseSchema } from "@unsms/risk/schema"
 *
 * console.log(RiskResponseSchema.safeParse("transfer").success) // true
 * ```
 *
 * @category assessment
 * @since 0.1.0
 */
export const RiskResponseSchema = z.enum(RISK_RESPONSES);
