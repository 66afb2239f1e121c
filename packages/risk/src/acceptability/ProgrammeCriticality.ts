/**
 * Programme criticality levels of the UN System Programme Criticality Framework (CEB,
 * 2011; revised 2013 and 2016): PC1 is the most critical (lifesaving activities, or
 * activities the Secretary-General directs), PC4 the least.
 *
 * @example
 * ```ts
 * import { PROGRAMME_CRITICALITIES } from "@unsms/risk"
 *
 * console.log(PROGRAMME_CRITICALITIES[0]) // "PC1"
 * ```
 *
 * @category acceptability
 * @since 0.1.0
 */
export const PROGRAMME_CRITICALITIES = ["PC1", "PC2", "PC3", "PC4"] as const;

/**
 * One of the {@link PROGRAMME_CRITICALITIES}.
 *
 * @example
 * ```ts
 * import type { ProgrammeCriticality } from "@unsms/risk"
 *
 * const pc: ProgrammeCriticality = "PC2"
 * console.log(pc)
 * ```
 *
 * @category acceptability
 * @since 0.1.0
 */
export type ProgrammeCriticality = (typeof PROGRAMME_CRITICALITIES)[number];
