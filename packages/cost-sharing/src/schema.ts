/**
 * The boundary of `@unsms/cost-sharing`: the zod schemas of its JSON inputs (the one
 * definition of each: `Participant` and the request types are tied to them by type tests)
 * and `readCostShareRequest`, which decodes an untyped request once into the values the
 * pure functions of `@unsms/cost-sharing` take. Kept apart so that code which only computes
 * never loads zod.
 *
 * @packageDocumentation
 */
export * from "./apportion/ParticipantSchema";
export * from "./json/CostShareRequestSchema";
export * from "./json/decodeCostShareRequest";
export * from "./json/readCostShareRequest";
