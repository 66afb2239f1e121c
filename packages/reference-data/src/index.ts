/**
 * The figures of report A/61/531 (2006), "Strengthening and unifying the security
 * management system of the United Nations", as typed data: every figure carries its
 * citation, and the package's tests prove that every total the report implies reconciles.
 *
 * @packageDocumentation
 */
export { dssAtAGlance, type DssAtAGlance } from "./system/dssAtAGlance";

export { deputyReclassificationCosts } from "./staffing/deputyReclassificationCosts";
export { dssStaffingTable } from "./staffing/dssStaffingTable";
export { newPostsByFunction } from "./staffing/newPostsByFunction";
export { recruitmentTable, type RecruitmentRow, type RecruitmentTable } from "./staffing/recruitmentTable";
export { securityOfficerPosts, type SecurityOfficerPosts, type SecurityOfficerPostsRow } from "./staffing/securityOfficerPosts";
export { securityPostDecisions, type SecurityPostDecisions } from "./staffing/securityPostDecisions";
export { staffingReference, type StaffingReference } from "./staffing/staffingReference";
export { unitFillFigures, type UnitFillFigure } from "./staffing/unitFillFigures";
export { passWorkload2006 } from "./accessPass/passWorkload2006";
