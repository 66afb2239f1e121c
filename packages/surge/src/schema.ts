/**
 * The boundary of `@unsms/surge`: zod schemas of the standby roster, deployment requests,
 * the input of `unsms surge plan` and the crisis centre, dates read with core's
 * `parseInstant`. Kept apart from `@unsms/surge` so that code which only plans never loads zod.
 *
 * @packageDocumentation
 */
export * from "./roster/StandbyOfficerSchema";
export * from "./request/DeploymentRequestSchema";
export * from "./plan/SurgePlanInputSchema";
export * from "./crisis/CrisisCentreSchema";
