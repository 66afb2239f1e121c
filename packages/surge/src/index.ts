/**
 * Surge capacity of the UN security management system (A/61/531 ¶48–51, ¶56 (d)): the
 * standby roster of field security officers deployable anywhere within 24 to 48 hours, a
 * deployment plan that picks the officers able to arrive in the window and lists every
 * unmet need with why, and the round-the-clock staffing of the crisis coordination centre
 * through `@unsms/staffing`'s coverage functions. Training and certification come from
 * `@unsms/training`. Decoding JSON (dates through core's `parseInstant`) is
 * `@unsms/surge/schema`.
 *
 * @packageDocumentation
 */
export type { StandbyOfficer } from "./roster/StandbyOfficer";
export type { DeploymentNeed, DeploymentRequest, TravelTime } from "./request/DeploymentRequest";
export { standbyWindow } from "./request/standbyWindow";
export type { RequirementCount, SelectedOfficer, SurgePlan, UnmetNeed } from "./plan/SurgePlan";
export { planDeployment } from "./plan/planDeployment";
export type { CrisisCentre } from "./crisis/CrisisCentre";
export { crisisCentreStaffing } from "./crisis/crisisCentreStaffing";
export { InvalidSurgeInput } from "./errors/InvalidSurgeInput";
