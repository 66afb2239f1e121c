import type { Citation } from "@unsms/core";
import type { FunctionTable, ReclassificationCostTable, StaffingTable } from "@unsms/staffing";
import { staffingDatasets } from "../internal/staffingDatasets";
import { dssStaffingTable } from "./dssStaffingTable";
import type { RecruitmentTable } from "./recruitmentTable";
import type { SecurityOfficerPosts } from "./securityOfficerPosts";
import type { SecurityPostDecisions } from "./securityPostDecisions";
import type { UnitFillFigure } from "./unitFillFigures";

/**
 * The report's staffing data in one value, as `unsms reference staffing --json` prints it.
 *
 * @example
 * ```ts
 * import { staffingReference, type StaffingReference } from "@unsms/reference-data"
 *
 * const sources = (data: StaffingReference) => data.citation.location
 * console.log(sources(staffingReference)) // "¶4–43, Table 1, Annex II"
 * ```
 *
 * @category staffing
 * @since 0.1.0
 */
export interface StaffingReference {
  /** Where the data comes from and how it was checked. */
  readonly citation: Citation;
  /** Annex II with the incumbency of ¶6–41 ({@link dssStaffingTable}). */
  readonly staffingTable: StaffingTable;
  /** ¶41 ({@link @unsms/reference-data!index.recruitmentTable | recruitmentTable}). */
  readonly recruitmentTable: RecruitmentTable;
  /** ¶6–40 ({@link @unsms/reference-data!index.unitFillFigures | unitFillFigures}). */
  readonly unitFillFigures: ReadonlyArray<UnitFillFigure>;
  /** Table 1 ({@link @unsms/reference-data!index.securityOfficerPosts | securityOfficerPosts}). */
  readonly securityOfficerPosts: SecurityOfficerPosts;
  /** ¶38's table ({@link @unsms/reference-data!index.newPostsByFunction | newPostsByFunction}). */
  readonly newPostsByFunction: FunctionTable;
  /** ¶36–39 ({@link @unsms/reference-data!index.securityPostDecisions | securityPostDecisions}). */
  readonly securityPostDecisions: SecurityPostDecisions;
  /** ¶12, ¶56(a) ({@link @unsms/reference-data!index.deputyReclassificationCosts | deputyReclassificationCosts}). */
  readonly deputyReclassificationCosts: ReclassificationCostTable;
}

/**
 * Every staffing figure of report A/61/531 with its citation: the Annex II chart with the
 * report's incumbency, the recruitment table, the unit fill figures, Table 1, the table of
 * the 391 new posts by function, the decisions that created them and the cost of the
 * deputy's reclassification. Each figure was checked against the report's text; where a
 * summary of the report and the report differ, the report is followed. Inside the report,
 * ¶19 (404 of Field Security Operations' 619 posts filled) and ¶41 (467) disagree: the
 * staffing table follows ¶41, whose rows add up to the total of 1 536.
 *
 * @example
 * ```ts
 * import { staffingReference } from "@unsms/reference-data"
 *
 * console.log(staffingReference.recruitmentTable.total.authorized) // 1830
 * ```
 *
 * @category staffing
 * @since 0.1.0
 */
export const staffingReference: StaffingReference = /* @__PURE__ */ (() => ({
  // marked pure, like referenceDatasets: the spread below would otherwise keep every dataset
  citation: {
    document: "A/61/531",
    location: "¶4–43, Table 1, Annex II",
    note: "every figure checked against the report's text; where a summary of the report differs, the report is followed. ¶19 (174 + 230 = 404 filled in Field Security Operations) and ¶41 (467) disagree; the staffing table uses ¶41. The cells of the sparse rows of ¶38's table lost their columns in the extracted text and are kept in source order, columns unknown.",
  },
  staffingTable: dssStaffingTable,
  ...staffingDatasets,
}))();
