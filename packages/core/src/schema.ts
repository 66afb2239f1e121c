/**
 * The boundary of unsms: zod schemas of the shared vocabulary (ids, currency codes,
 * decimal amounts, citations, instants) and `decode`, which checks unknown input against a schema
 * and returns typed values or a `DecodeError`. Kept apart from `@unsms/core` so that code
 * which never decodes never loads zod.
 *
 * @packageDocumentation
 */
export * from "./citation/CitationSchema";
export * from "./currency/CurrencyCodeSchema";
export * from "./money/DecimalAmountSchema";
export * from "./decode/decode";
export * from "./decode/toJsonSchema";
export * from "./time/InstantSchema";
export { DutyStationIdSchema } from "./ids/DutyStationId";
export { OrganizationIdSchema } from "./ids/OrganizationId";
export { PassIdSchema } from "./ids/PassId";
export { PersonIdSchema } from "./ids/PersonId";
export { PostIdSchema } from "./ids/PostId";
export { UnitIdSchema } from "./ids/UnitId";
