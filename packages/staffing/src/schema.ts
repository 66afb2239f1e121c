/**
 * The boundary of `@unsms/staffing`: the zod schemas of its inputs (printed as JSON Schema
 * by `unsms schema`) and the functions that decode unknown input into the values the pure
 * functions of `@unsms/staffing` take. Kept apart from `@unsms/staffing` so that code which
 * only computes never loads zod.
 *
 * @packageDocumentation
 */
export { CategorySchema } from "./grade/CategorySchema";
export { GradeSchema } from "./grade/GradeSchema";
export { FundingSourceSchema } from "./post/FundingSourceSchema";
export { IncumbentSchema } from "./post/IncumbentSchema";
export { PostSchema } from "./post/PostSchema";
export { PostGroupSchema } from "./post/PostGroupSchema";
export { PostStatusSchema } from "./post/PostStatusSchema";
export { UnitSchema } from "./unit/UnitSchema";
export { FillCountSchema } from "./table/FillCountSchema";
export { StaffingTableSchema } from "./table/StaffingTableSchema";
export { SummaryDimensionSchema } from "./summary/SummaryDimensionSchema";
export { ReclassificationCostTableSchema } from "./changes/ReclassificationCostTableSchema";
export { CoveragePolicySchema } from "./coverage/CoveragePolicySchema";
export { CoverageRequestSchema } from "./coverage/CoverageRequestSchema";

export { readStaffingTable } from "./read/readStaffingTable";
export { readCoverageRequest } from "./read/readCoverageRequest";
