import type { SecurityLevel } from "./SecurityLevel";
import type { SecurityPhase } from "./SecurityPhase";

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
