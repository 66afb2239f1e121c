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
export type * from "./roster/StandbyOfficer";
export type * from "./request/DeploymentRequest";
export * from "./request/standbyWindow";
export type * from "./plan/SurgePlan";
export * from "./plan/planDeployment";
export type * from "./crisis/CrisisCentre";
export * from "./crisis/crisisCentreStaffing";
export * from "./errors/InvalidSurgeInput";
