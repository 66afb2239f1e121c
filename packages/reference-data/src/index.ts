/**
 * The figures of report A/61/531 (2006), "Strengthening and unifying the security
 * management system of the United Nations", as typed data: every figure carries its
 * citation, and the package's tests prove that every total the report implies reconciles.
 * `reportFigures` is the inventory of every figure of the report, each pointing at the
 * typed value that holds it or marked narrative with why; the tests resolve every pointer.
 *
 * @packageDocumentation
 */
export { dssAtAGlance, type DssAtAGlance } from "./system/dssAtAGlance";
export { dssOperations, type DssOperations } from "./system/dssOperations";
export type { ReportDate, ReportPeriod } from "./system/ReportDate";
export { reportTimeline, type ReportTimeline } from "./system/reportTimeline";
export type { ReportFigure } from "./inventory/ReportFigure";
export { reportFigures } from "./inventory/reportFigures";
export { referenceDatasets } from "./referenceDatasets";

export { deputyReclassificationCosts } from "./staffing/deputyReclassificationCosts";
export { dssStaffingTable } from "./staffing/dssStaffingTable";
export { newPostsByFunction } from "./staffing/newPostsByFunction";
export { recruitmentTable, type RecruitmentRow, type RecruitmentTable } from "./staffing/recruitmentTable";
export {
  securityOfficerPosts,
  type SecurityOfficerPosts,
  type SecurityOfficerPostsRow,
} from "./staffing/securityOfficerPosts";
export { securityPostDecisions, type SecurityPostDecisions } from "./staffing/securityPostDecisions";
export { staffingReference, type StaffingReference } from "./staffing/staffingReference";
export { unitFillFigures, type UnitFillFigure } from "./staffing/unitFillFigures";
export { passWorkload2006 } from "./accessPass/passWorkload2006";
