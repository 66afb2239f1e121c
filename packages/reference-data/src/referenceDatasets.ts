import { passWorkload2006 } from "./accessPass/passWorkload2006";
import { deputyReclassificationCosts } from "./staffing/deputyReclassificationCosts";
import { dssStaffingTable } from "./staffing/dssStaffingTable";
import { newPostsByFunction } from "./staffing/newPostsByFunction";
import { recruitmentTable } from "./staffing/recruitmentTable";
import { securityOfficerPosts } from "./staffing/securityOfficerPosts";
import { securityPostDecisions } from "./staffing/securityPostDecisions";
import { unitFillFigures } from "./staffing/unitFillFigures";
import { dssAtAGlance } from "./system/dssAtAGlance";
import { dssOperations } from "./system/dssOperations";
import { reportTimeline } from "./system/reportTimeline";

/**
 * Every dataset of the package by name, as `unsms reference` prints them and as the
 * `where` of a typed {@link ReportFigure} names them (`dssAtAGlance.staff.value`).
 *
 * @example
 * ```ts
 * import { referenceDatasets } from "@unsms/reference-data"
 *
 * console.log(Object.keys(referenceDatasets).length) // 11
 * console.log(referenceDatasets.dssOperations.rosterCountries.value) // 150
 * ```
 *
 * @category inventory
 * @since 0.2.0
 */
export const referenceDatasets = {
  dssAtAGlance,
  dssOperations,
  reportTimeline,
  dssStaffingTable,
  recruitmentTable,
  unitFillFigures,
  securityOfficerPosts,
  newPostsByFunction,
  securityPostDecisions,
  deputyReclassificationCosts,
  passWorkload2006,
} as const;
