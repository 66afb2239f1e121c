/**
 * The boundary of `@unsms/accountability`: the zod schemas of a framework of
 * accountability and of a duty station's arrangement (what `unsms schema
 * accountability-framework` and `accountability-check` print), and `parseFramework`,
 * which decodes and validates an agency's edition. Kept apart from
 * `@unsms/accountability` so that code which only queries never loads zod.
 *
 * @packageDocumentation
 */
export { AccountabilityLineSchema } from "./framework/AccountabilityLineSchema";
export { AppointmentRuleSchema } from "./framework/AppointmentRuleSchema";
export { DutySchema } from "./framework/DutySchema";
export { OrganizationKindSchema } from "./framework/OrganizationKindSchema";
export { RoleSchema } from "./framework/RoleSchema";
export { FrameworkSchema } from "./framework/FrameworkSchema";
export { parseFramework } from "./framework/parseFramework";
export { ArrangementSchema, StationRoleSchema } from "./arrangement/ArrangementSchema";
export { ArrangementTrainingSchema } from "./arrangement/ArrangementTraining";
