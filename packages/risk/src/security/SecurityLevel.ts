import type { Citation } from "@unsms/core";

/**
 * The levels of the Security Level System, lowest first.
 *
 * @example
 * ```ts
 * import { SECURITY_LEVEL_NUMBERS } from "@unsms/risk"
 *
 * console.log(SECURITY_LEVEL_NUMBERS.length) // 6
 * ```
 *
 * @category security phases and levels
 * @since 0.1.0
 */
export const SECURITY_LEVEL_NUMBERS = [1, 2, 3, 4, 5, 6] as const;

/**
 * One of the {@link SECURITY_LEVEL_NUMBERS}.
 *
 * @example
 * ```ts
 * import type { SecurityLevel } from "@unsms/risk"
 *
 * const level: SecurityLevel = 4
 * console.log(level)
 * ```
 *
 * @category security phases and levels
 * @since 0.1.0
 */
export type SecurityLevel = (typeof SECURITY_LEVEL_NUMBERS)[number];

/**
 * One level of the Security Level System as data.
 *
 * @example
 * ```ts
 * import { SECURITY_LEVELS, type SecurityLevelDefinition } from "@unsms/risk"
 *
 * const label = (l: SecurityLevelDefinition) => `${l.level} ${l.name}`
 * console.log(SECURITY_LEVELS.map(label).join(", ")) // "1 Minimal, 2 Low, 3 Moderate, 4 Substantial, 5 High, 6 Extreme"
 * ```
 *
 * @category security phases and levels
 * @since 0.1.0
 */
export interface SecurityLevelDefinition {
  /** The level. */
  readonly level: SecurityLevel;
  /** Its name. */
  readonly name: string;
  /** Where it comes from. */
  readonly source: Citation;
}

/**
 * The Security Level System (threat-based; in force from 1 January 2011, replacing the
 * phases): 1 Minimal, 2 Low, 3 Moderate, 4 Substantial, 5 High, 6 Extreme. Later than the
 * report; kept as data so an agency can use its own edition.
 *
 * @example
 * ```ts
 * import { SECURITY_LEVELS } from "@unsms/risk"
 *
 * console.log(SECURITY_LEVELS.map((l) => l.name).join(", "))
 * ```
 *
 * @category security phases and levels
 * @since 0.1.0
 */
export const SECURITY_LEVELS: ReadonlyArray<SecurityLevelDefinition> = [
  { level: 1, name: "Minimal", source: { document: "UNSMS Security Level System", location: "levels", year: 2011 } },
  { level: 2, name: "Low", source: { document: "UNSMS Security Level System", location: "levels", year: 2011 } },
  { level: 3, name: "Moderate", source: { document: "UNSMS Security Level System", location: "levels", year: 2011 } },
  {
    level: 4,
    name: "Substantial",
    source: { document: "UNSMS Security Level System", location: "levels", year: 2011 },
  },
  { level: 5, name: "High", source: { document: "UNSMS Security Level System", location: "levels", year: 2011 } },
  { level: 6, name: "Extreme", source: { document: "UNSMS Security Level System", location: "levels", year: 2011 } },
];
