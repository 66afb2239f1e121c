/**
 * The boundary of `@unsms/staffing`: the zod schemas of its inputs (printed as JSON Schema
 * by `unsms schema`) and the functions that decode unknown input into the values the pure
 * functions of `@unsms/staffing` take. Kept apart from `@unsms/staffing` so that code which
 * only computes never loads zod.
 *
 * @packageDocumentation
 */
export * from "./grade/CategorySchema";
export * from "./grade/GradeSchema";
export * from "./post/FundingSourceSchema";
export * from "./post/IncumbentSchema";
export * from "./post/PostSchema";
export * from "./post/PostGroupSchema";
export * from "./post/PostStatusSchema";
export * from "./unit/UnitSchema";
export * from "./table/FillCountSchema";
export * from "./table/StaffingTableSchema";
export * from "./summary/SummaryDimensionSchema";
export * from "./changes/ReclassificationCostTableSchema";
export * from "./coverage/CoveragePolicySchema";
export * from "./coverage/CoverageRequestSchema";

export * from "./read/readStaffingTable";
export * from "./read/readCoverageRequest";
