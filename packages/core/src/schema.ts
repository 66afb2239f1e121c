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
export * from "./decode/boundedRefinement";
export * from "./decode/toJsonSchema";
export * from "./time/InstantSchema";
export * from "./ids/DutyStationIdSchema";
export * from "./ids/OrganizationIdSchema";
export * from "./ids/PassIdSchema";
export * from "./ids/PersonIdSchema";
export * from "./ids/PostIdSchema";
export * from "./ids/UnitIdSchema";
