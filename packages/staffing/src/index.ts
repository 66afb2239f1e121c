/**
 * Posts, units and the staffing calculations of the Department of Safety and Security
 * (report A/61/531, ¶4–43 and Annex II): roll-ups with report-style fill rates, post
 * changes with their budget effect, round-the-clock coverage, and diversity. The schemas and
 * the functions that decode unknown input are `@unsms/staffing/schema`; nothing here loads zod.
 *
 * @packageDocumentation
 */
export { categories, type Category } from "./grade/Category";
export { categoryOf } from "./grade/categoryOf";
export { grades, type Grade } from "./grade/Grade";

export { fundingSources, type FundingSource } from "./post/FundingSource";
export type { Incumbent } from "./post/Incumbent";
export type { Post } from "./post/Post";
export type { PostGroup } from "./post/PostGroup";
export { postStatuses, type PostStatus } from "./post/PostStatus";

export type { Unit } from "./unit/Unit";
export type { FillCount } from "./table/FillCount";
export type { StaffingTable } from "./table/StaffingTable";

export type { StaffingSummary } from "./summary/StaffingSummary";
export { summaryDimensions, type SummaryDimension } from "./summary/SummaryDimension";
export type { SummaryRow } from "./summary/SummaryRow";
export type { UndeterminedRow } from "./summary/UndeterminedRow";
export { summarizeStaffing } from "./summary/summarizeStaffing";

export { InvalidStaffingTable } from "./errors/InvalidStaffingTable";

export type { PostChange } from "./changes/PostChange";
export { createPosts, type CreatedPosts } from "./changes/createPosts";
export { convertToEstablished, type ConvertedPosts } from "./changes/convertToEstablished";
export type { ReclassificationCostTable } from "./changes/ReclassificationCostTable";
export { reclassifyPost, type ReclassifiedPost } from "./changes/reclassifyPost";
export { PostChangeRejected } from "./errors/PostChangeRejected";

export type { CoveragePolicy } from "./coverage/CoveragePolicy";
export type { CoverageRequest } from "./coverage/CoverageRequest";
export type { ExactQuantity } from "./coverage/ExactQuantity";
export { officersNeeded, type CoverageNeed } from "./coverage/officersNeeded";
export { weeklyOvertime, type Overtime } from "./coverage/weeklyOvertime";
export { compareShiftLengths } from "./coverage/compareShiftLengths";
export { InvalidCoveragePolicy } from "./errors/InvalidCoveragePolicy";

export type { DiversityRow } from "./diversity/DiversityRow";
export { shareOfWomen } from "./diversity/shareOfWomen";
export { countNationalities } from "./diversity/countNationalities";

export type { FunctionRow, FunctionTable } from "./functionTable/FunctionTable";
export { findPlacements, type PlacementSearch } from "./functionTable/findPlacements";
