/**
 * The figures of report A/61/531 (2006), "Strengthening and unifying the security
 * management system of the United Nations", as typed data: every figure carries its
 * citation, and the package's tests prove that every total the report implies reconciles.
 * `reportFigures` is the inventory of every figure of the report, each pointing at the
 * typed value that holds it or marked narrative with why; the tests resolve every pointer.
 *
 * @packageDocumentation
 */
export * from "./system/dssAtAGlance";
export * from "./system/dssOperations";
export type * from "./system/ReportDate";
export * from "./system/reportTimeline";
export type * from "./inventory/ReportFigure";
export * from "./inventory/reportFigures";
export * from "./referenceDatasets";

export * from "./staffing/deputyReclassificationCosts";
export * from "./staffing/dssStaffingTable";
export * from "./staffing/newPostsByFunction";
export * from "./staffing/recruitmentTable";
export * from "./staffing/securityOfficerPosts";
export * from "./staffing/securityPostDecisions";
export * from "./staffing/staffingReference";
export * from "./staffing/unitFillFigures";
export type * from "./accessPass/PassWorkloadTable";
export * from "./accessPass/passWorkload2006";
