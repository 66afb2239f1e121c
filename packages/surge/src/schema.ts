/**
 * The boundary of `@unsms/surge`: zod schemas of the standby roster, deployment requests,
 * the input of `unsms surge plan` and the crisis centre, dates read with core's
 * `parseInstant`. Kept apart from `@unsms/surge` so that code which only plans never loads zod.
 *
 * @packageDocumentation
 */
export { StandbyOfficerSchema } from "./roster/StandbyOfficerSchema";
export { DeploymentNeedSchema, DeploymentRequestSchema } from "./request/DeploymentRequestSchema";
export { SurgePlanInputSchema } from "./plan/SurgePlanInputSchema";
export { CrisisCentreSchema } from "./crisis/CrisisCentreSchema";
