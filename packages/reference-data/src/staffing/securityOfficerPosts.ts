import type { Citation, DutyStationId } from "@unsms/core";

/**
 * One duty station of Table 1 (¶36): security officer posts before DSS (original), the new
 * posts of resolution 59/276 and decision 60/562, the temporary posts, their total
 * (original + new + temporary) and the vacant posts.
 *
 * @example
 * ```ts
 * import { securityOfficerPosts, type SecurityOfficerPostsRow } from "@unsms/reference-data"
 *
 * const newYork: SecurityOfficerPostsRow | undefined = securityOfficerPosts.rows[0]
 * console.log(newYork?.total) // 314
 * ```
 *
 * @category staffing
 * @since 0.1.0
 */
export interface SecurityOfficerPostsRow {
  /** The duty station's id. */
  readonly dutyStation: DutyStationId;
  /** Its name as the table gives it. */
  readonly name: string;
  /** (a) Posts before resolution 59/276. */
  readonly original: number;
  /** (b) New posts of resolution 59/276 and decision 60/562. */
  readonly new: number;
  /** (b) Temporary posts of resolution 59/276. */
  readonly temporary: number;
  /** (c) = (a) + (b). */
  readonly total: number;
  /** (d) Vacant posts. */
  readonly vacant: number;
}

/**
 * Table 1 of the report with its printed total row.
 *
 * @example
 * ```ts
 * import { securityOfficerPosts, type SecurityOfficerPosts } from "@unsms/reference-data"
 *
 * const describe = (table: SecurityOfficerPosts) => `${table.rows.length} duty stations, ${table.total.total} posts`
 * console.log(describe(securityOfficerPosts)) // "8 duty stations, 1015 posts"
 * ```
 *
 * @category staffing
 * @since 0.1.0
 */
export interface SecurityOfficerPosts {
  /** The duty stations, in the table's order. */
  readonly rows: ReadonlyArray<SecurityOfficerPostsRow>;
  /** The printed total row. */
  readonly total: Omit<SecurityOfficerPostsRow, "dutyStation" | "name">;
  /** Where the table is. */
  readonly citation: Citation;
}

/**
 * Table 1 (¶36), security officer posts by duty station: 624 original + 257 new + 134
 * temporary = 1 015 posts, 99 vacant (¶37: some officers on mission, recruitment delays).
 *
 * @example
 * ```ts
 * import { securityOfficerPosts } from "@unsms/reference-data"
 *
 * const sum = securityOfficerPosts.rows.reduce((total, row) => total + row.vacant, 0)
 * console.log(sum, securityOfficerPosts.total.vacant) // 99 99
 * ```
 *
 * @category staffing
 * @since 0.1.0
 */
export const securityOfficerPosts: SecurityOfficerPosts = {
  rows: [
    {
      dutyStation: "New York" as DutyStationId,
      name: "New York",
      original: 226,
      new: 56,
      temporary: 32,
      total: 314,
      vacant: 19,
    },
    {
      dutyStation: "Geneva" as DutyStationId,
      name: "United Nations Office at Geneva",
      original: 80,
      new: 42,
      temporary: 20,
      total: 142,
      vacant: 27,
    },
    {
      dutyStation: "Vienna" as DutyStationId,
      name: "United Nations Office at Vienna",
      original: 94,
      new: 37,
      temporary: 21,
      total: 152,
      vacant: 8,
    },
    {
      dutyStation: "Nairobi" as DutyStationId,
      name: "United Nations Office at Nairobi",
      original: 69,
      new: 32,
      temporary: 15,
      total: 116,
      vacant: 9,
    },
    {
      dutyStation: "Bangkok" as DutyStationId,
      name: "Economic and Social Commission for Asia and the Pacific",
      original: 54,
      new: 14,
      temporary: 7,
      total: 75,
      vacant: 1,
    },
    {
      dutyStation: "Santiago" as DutyStationId,
      name: "Economic Commission for Latin America and the Caribbean",
      original: 23,
      new: 17,
      temporary: 9,
      total: 49,
      vacant: 9,
    },
    {
      dutyStation: "Addis Ababa" as DutyStationId,
      name: "Economic Commission for Africa",
      original: 44,
      new: 47,
      temporary: 23,
      total: 114,
      vacant: 22,
    },
    {
      dutyStation: "Beirut" as DutyStationId,
      name: "Economic and Social Commission for Western Asia",
      original: 34,
      new: 12,
      temporary: 7,
      total: 53,
      vacant: 4,
    },
  ],
  total: { original: 624, new: 257, temporary: 134, total: 1015, vacant: 99 },
  citation: {
    document: "A/61/531",
    location: "Table 1 (¶36)",
    note: "the table's header defines (c) = a + b, b being the posts of resolution 59/276 and decision 60/562 (new and temporary)",
  },
};
