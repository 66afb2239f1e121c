import * as z from "zod";
import { SECURITY_PHASE_NUMBERS } from "./SecurityPhase";

/**
 * Checks a {@link @unsms/risk!index.SecurityPhase | SecurityPhase}.
 *
 * @example
 * ```ts
 * import { SecurityPhaseSchema } from "@unsms/risk/schema"
 *
 * console.log(SecurityPhaseSchema.safeParse("VI").success) // false
 * ```
 *
 * @category security phases and levels
 * @since 0.1.0
 */
export const SecurityPhaseSchema = z.enum(SECURITY_PHASE_NUMBERS);
