import * as z from "zod";
import type { SecurityLevel } from "./SecurityLevel";
import { SecurityLevelSchema } from "./SecurityLevel";
import type { SecurityPhase } from "./SecurityPhase";
import { SecurityPhaseSchema } from "./SecurityPhase";

/**
 * Where a location stands: under the phase system (a phase, or `"none"` when no phase is
 * in force) or under the Security Level System (a level).
 *
 * @example
 * ```ts
 * import type { SecuritySituation } from "@unsms/risk"
 *
 * const kabul2006: SecuritySituation = { system: "phases", phase: "III" }
 * const later: SecuritySituation = { system: "levels", level: 5 }
 * console.log(kabul2006.system, later.system)
 * ```
 *
 * @category security phases and levels
 * @since 0.1.0
 */
export type SecuritySituation =
  | { readonly system: "phases"; readonly phase: SecurityPhase | "none" }
  | { readonly system: "levels"; readonly level: SecurityLevel };

/**
 * Checks a {@link SecuritySituation}.
 *
 * @example
 * ```ts
 * import { SecuritySituationSchema } from "@unsms/risk"
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
