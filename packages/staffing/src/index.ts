/**
 * Posts, units and the staffing calculations of the Department of Safety and Security
 * (report A/61/531, ¶4–43 and Annex II): roll-ups with report-style fill rates, post
 * changes with their budget effect, round-the-clock coverage, and diversity. The schemas and
 * the functions that decode unknown input are `@unsms/staffing/schema`; nothing here loads zod.
 *
 * @packageDocumentation
 */
export * from "./grade/Category";
export * from "./grade/categoryOf";
export * from "./grade/Grade";

export * from "./post/FundingSource";
export type * from "./post/Incumbent";
export type * from "./post/Post";
export type * from "./post/PostGroup";
export * from "./post/PostStatus";

export type * from "./unit/Unit";
export type * from "./table/FillCount";
export type * from "./table/StaffingTable";

export type * from "./summary/StaffingSummary";
export * from "./summary/SummaryDimension";
export type * from "./summary/SummaryRow";
export type * from "./summary/UndeterminedRow";
export * from "./summary/summarizeStaffing";

export * from "./errors/InvalidStaffingTable";

export type * from "./changes/PostChange";
export * from "./changes/createPosts";
export * from "./changes/convertToEstablished";
export type * from "./changes/ReclassificationCostTable";
export * from "./changes/reclassifyPost";
export * from "./errors/PostChangeRejected";

export type * from "./coverage/CoveragePolicy";
export type * from "./coverage/CoverageRequest";
export type * from "./coverage/ExactQuantity";
export * from "./coverage/officersNeeded";
export * from "./coverage/weeklyOvertime";
export * from "./coverage/compareShiftLengths";
export * from "./coverage/MAX_COVERAGE_POSITIONS";
export * from "./coverage/MAX_COVERAGE_OFFICERS";
export * from "./errors/InvalidCoveragePolicy";

export type * from "./diversity/DiversityRow";
export * from "./diversity/shareOfWomen";
export * from "./diversity/countNationalities";

export type * from "./functionTable/FunctionTable";
export * from "./functionTable/findPlacements";
