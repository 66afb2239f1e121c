import type { Citation } from "@unsms/core";

/**
 * The security phases of the report's era (1990s to 2010), lowest first.
 *
 * @example
 * ```ts
 * import { SECURITY_PHASE_NUMBERS } from "@unsms/risk"
 *
 * console.log(SECURITY_PHASE_NUMBERS.join(" ")) // "I II III IV V"
 * ```
 *
 * @category security phases and levels
 * @since 0.1.0
 */
export const SECURITY_PHASE_NUMBERS = ["I", "II", "III", "IV", "V"] as const;

/**
 * One of the {@link SECURITY_PHASE_NUMBERS}.
 *
 * @example
 * ```ts
 * import type { SecurityPhase } from "@unsms/risk"
 *
 * const phase: SecurityPhase = "III"
 * console.log(phase)
 * ```
 *
 * @category security phases and levels
 * @since 0.1.0
 */
export type SecurityPhase = (typeof SECURITY_PHASE_NUMBERS)[number];

/**
 * One security phase as data: its name, who declares it and whose prior authorization
 * it needs, what it means, and the source.
 *
 * @example
 * ```ts
 * import { SECURITY_PHASES, type SecurityPhaseDefinition } from "@unsms/risk"
 *
 * const describe = (p: SecurityPhaseDefinition) => `Phase ${p.phase}: ${p.name}, declared by the ${p.declaredBy}`
 * console.log(SECURITY_PHASES.map(describe)[2]) // "Phase III: Relocation, declared by the Designated Official"
 * ```
 *
 * @category security phases and levels
 * @since 0.1.0
 */
export interface SecurityPhaseDefinition {
  /** The phase. */
  readonly phase: SecurityPhase;
  /** Its name. */
  readonly name: string;
  /** Another name an edition of the handbook gives it, if any. */
  readonly alsoCalled: string | null;
  /** Who declares it. */
  readonly declaredBy: string;
  /** Whose prior authorization the declaration normally needs, if anyone's. */
  readonly priorAuthorization: string | null;
  /** What the phase means for staff. */
  readonly description: string;
  /** Where the rule comes from. */
  readonly source: Citation;
}

/**
 * The phase system as data (in force from the 1990s until the Security Level System
 * replaced it on 1 January 2011). Phases I and II are declared by the Designated
 * Official; III to V normally need the Secretary-General's prior authorization. An agency
 * working from another edition passes its own list.
 *
 * @example
 * ```ts
 * import { SECURITY_PHASES } from "@unsms/risk"
 *
 * for (const p of SECURITY_PHASES) console.log(p.phase, p.name, p.priorAuthorization ?? "-")
 * ```
 *
 * @category security phases and levels
 * @since 0.1.0
 */
export const SECURITY_PHASES: ReadonlyArray<SecurityPhaseDefinition> = [
  {
    phase: "I",
    name: "Precautionary",
    alsoCalled: null,
    declaredBy: "Designated Official",
    priorAuthorization: null,
    description:
      "staff and dependants are warned to take precautions; travel into the area needs the Designated Official's clearance",
    source: { document: "United Nations Field Security Handbook", location: "security phases", year: 2006 },
  },
  {
    phase: "II",
    name: "Restricted movement",
    alsoCalled: null,
    declaredBy: "Designated Official",
    priorAuthorization: null,
    description:
      "high alert: staff and dependants stay at home unless told otherwise; no travel into or within the area without the Designated Official's authorization",
    source: { document: "United Nations Field Security Handbook", location: "security phases", year: 2006 },
  },
  {
    phase: "III",
    name: "Relocation",
    alsoCalled: null,
    declaredBy: "Designated Official",
    priorAuthorization: "Secretary-General",
    description:
      "staff and dependants are concentrated in one or more places; non-essential staff and eligible dependants are relocated within or outside the country",
    source: { document: "United Nations Field Security Handbook", location: "security phases", year: 2006 },
  },
  {
    phase: "IV",
    name: "Programme suspension",
    alsoCalled: "Emergency operations",
    declaredBy: "Designated Official",
    priorAuthorization: "Secretary-General",
    description:
      "international staff not directly concerned with emergency, humanitarian relief or security operations are relocated outside the country",
    source: {
      document: "United Nations Field Security Handbook",
      location: "security phases",
      year: 2006,
      note: "The January 2006 edition calls phase IV Emergency operations; earlier editions Programme suspension.",
    },
  },
  {
    phase: "V",
    name: "Evacuation",
    alsoCalled: null,
    declaredBy: "Designated Official",
    priorAuthorization: "Secretary-General",
    description: "all remaining international staff leave the country",
    source: { document: "United Nations Field Security Handbook", location: "security phases", year: 2006 },
  },
];
