import type { Citation, UnitId } from "@unsms/core";

/**
 * One row of the recruitment table (¶41): authorized posts, incumbents and the percentage
 * the report prints (rounded to whole per cent), with the unit of {@link dssStaffingTable}
 * that holds those posts.
 *
 * @example
 * ```ts
 * import type { RecruitmentRow } from "@unsms/reference-data"
 * import type { UnitId } from "@unsms/core"
 *
 * const row: RecruitmentRow = { location: "Field security operations", unit: "FSO" as UnitId, authorized: 619, incumbents: 467, percentage: "75" }
 * console.log(row.percentage)
 * ```
 *
 * @category staffing
 * @since 0.1.0
 */
export interface RecruitmentRow {
  /** The location as the table names it. */
  readonly location: string;
  /** The unit of {@link dssStaffingTable} with these posts. */
  readonly unit: UnitId;
  /** Authorized posts. */
  readonly authorized: number;
  /** Incumbents. */
  readonly incumbents: number;
  /** Incumbents in per cent of authorized, as printed. */
  readonly percentage: string;
}

/**
 * The recruitment table (¶41) with its printed total.
 *
 * @example
 * ```ts
 * import { recruitmentTable, type RecruitmentTable } from "@unsms/reference-data"
 *
 * const totalOf = (table: RecruitmentTable) => table.total.authorized
 * console.log(totalOf(recruitmentTable)) // 1830
 * ```
 *
 * @category staffing
 * @since 0.1.0
 */
export interface RecruitmentTable {
  /** Headquarters, offices away from headquarters, the field. */
  readonly rows: ReadonlyArray<RecruitmentRow>;
  /** The printed total row. */
  readonly total: RecruitmentRow;
  /** Where the table is. */
  readonly citation: Citation;
  /** The decimals of its percentages. */
  readonly decimals: number;
}

/**
 * The recruitment table of ¶41: of 1 830 posts world-wide, 1 536 filled (84 per cent) —
 * 465 / 417 / 90 at headquarters, 746 / 652 / 87 away from headquarters, 619 / 467 / 75 in
 * the field.
 *
 * @example
 * ```ts
 * import { recruitmentTable } from "@unsms/reference-data"
 *
 * for (const row of recruitmentTable.rows) console.log(row.authorized, row.incumbents, row.percentage)
 * ```
 *
 * @category staffing
 * @since 0.1.0
 */
export const recruitmentTable: RecruitmentTable = {
  rows: [
    {
      location: "DSS headquarters (including the Security and Safety Service)",
      unit: "DSS-HQ" as UnitId,
      authorized: 465,
      incumbents: 417,
      percentage: "90",
    },
    {
      location: "Security and safety services, offices away from headquarters and regional commissions",
      unit: "OAH" as UnitId,
      authorized: 746,
      incumbents: 652,
      percentage: "87",
    },
    {
      location: "Field security operations",
      unit: "FSO" as UnitId,
      authorized: 619,
      incumbents: 467,
      percentage: "75",
    },
  ],
  total: { location: "Total", unit: "DSS" as UnitId, authorized: 1830, incumbents: 1536, percentage: "84" },
  citation: { document: "A/61/531", location: "¶41" },
  decimals: 0,
};
