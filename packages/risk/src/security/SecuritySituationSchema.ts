import * as z from "zod";
import { SecurityLevelSchema } from "./SecurityLevelSchema";
import { SecurityPhaseSchema } from "./SecurityPhaseSchema";

/**
 * Checks a {@link @unsms/risk!index.SecuritySituation | SecuritySituation}.
 *
 * @example
 * ```ts
 * import { SecuritySituationSchema } from "@unsms/risk/schema"
 *
 * console.log(SecuritySituationSchema.safeParse({ system: "phases", phase: "none" }).success) // true
 * ```
 *
 * @category security phases and levels
 * @since 0.1.0
 */
export const SecuritySituationSchema = z.discriminatedUnion("system", [
  z.strictObject({ system: z.literal("phases"), phase: z.union([SecurityPhaseSchema, z.literal("none")]) }),
  z.strictObject({ system: z.literal("levels"), level: SecurityLevelSchema }),
]);
