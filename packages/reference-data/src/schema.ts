/**
 * The schemas of `@unsms/reference-data`'s own shapes — a figure of the inventory and a
 * date as the report gives it — for systems that read `unsms reference --json`. Kept apart
 * from `@unsms/reference-data` so that reading the data never loads zod.
 *
 * @packageDocumentation
 */
export * from "./inventory/ReportFigureSchema";
export * from "./system/ReportDateSchema";
