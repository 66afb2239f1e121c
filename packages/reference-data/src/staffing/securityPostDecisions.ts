import type { Cited } from "@unsms/core";

/**
 * The decisions that created the security officer posts and the figures around them.
 *
 * @example
 * ```ts
 * import { securityPostDecisions, type SecurityPostDecisions } from "@unsms/reference-data"
 *
 * const all = (d: SecurityPostDecisions) => d.resolution59_276.value.established + d.resolution59_276.value.temporary + d.decision60_562.value
 * console.log(all(securityPostDecisions)) // 391
 * ```
 *
 * @category staffing
 * @since 0.1.0
 */
export interface SecurityPostDecisions {
  /** Resolution 59/276 (section XI): new security and safety officer posts. */
  readonly resolution59_276: Cited<{
    readonly total: number;
    readonly established: number;
    readonly temporary: number;
  }>;
  /** Decision 60/562: posts for the new OHCHR premises (the report does not name the city). */
  readonly decision60_562: Cited<number>;
  /** All new posts, the total of ¶38's table. */
  readonly newPosts: Cited<number>;
  /** Officers on mission assignment in an average month, August 2005 to July 2006. */
  readonly officersOnMissionMonthly: Cited<number>;
  /** Temporary posts proposed for conversion to established posts. */
  readonly proposedConversions: Cited<number>;
}

/**
 * Resolution 59/276 created 383 posts, 249 established and 134 temporary; decision 60/562
 * added 8 (¶36): 391 new posts (¶38) = 257 new + 134 temporary (Table 1). About 88 officers a
 * month were on mission (¶37). The 134 temporary posts are proposed for conversion (¶39,
 * ¶56(c)).
 *
 * @example
 * ```ts
 * import { securityPostDecisions } from "@unsms/reference-data"
 *
 * console.log(securityPostDecisions.resolution59_276.value.total + securityPostDecisions.decision60_562.value) // 391
 * ```
 *
 * @category staffing
 * @since 0.1.0
 */
export const securityPostDecisions: SecurityPostDecisions = {
  resolution59_276: {
    value: { total: 383, established: 249, temporary: 134 },
    citation: { document: "A/61/531", location: "¶36" },
  },
  decision60_562: { value: 8, citation: { document: "A/61/531", location: "¶36" } },
  newPosts: { value: 391, citation: { document: "A/61/531", location: "¶38" } },
  officersOnMissionMonthly: {
    value: 88,
    citation: {
      document: "A/61/531",
      location: "¶37",
      note: "average a month, all duty stations, August 2005 to July 2006",
    },
  },
  proposedConversions: { value: 134, citation: { document: "A/61/531", location: "¶39, ¶56(c)" } },
};
