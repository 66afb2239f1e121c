import * as z from "zod";
import { RISK_TARGETS } from "./RiskTarget";

/**
 * Checks a {@link @unsms/risk!index.RiskTarget | RiskTarget}.
 *
 * @example
 * ```ts
 * import { RiskTargetSchema } from "@unsms/risk/schema"
 *
 * console.log(RiskTargetSchema.safeParse("vehicles").success) // false
 * ```
 *
 * @category assessment
 * @since 0.1.0
 */
export const RiskTargetSchema = z.enum(RISK_TARGETS);
