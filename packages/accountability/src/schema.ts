/**
 * The boundary of `@unsms/accountability`: the zod schemas of a framework of
 * accountability and of a duty station's arrangement (what `unsms schema
 * accountability-framework` and `accountability-check` print), and `parseFramework`,
 * which decodes and validates an agency's edition. Kept apart from
 * `@unsms/accountability` so that code which only queries never loads zod.
 *
 * @packageDocumentation
 */
export * from "./framework/AccountabilityLineSchema";
export * from "./framework/AppointmentRuleSchema";
export * from "./framework/DutySchema";
export * from "./framework/OrganizationKindSchema";
export * from "./framework/RoleSchema";
export * from "./framework/FrameworkSchema";
export * from "./framework/parseFramework";
export * from "./arrangement/ArrangementSchema";
export * from "./arrangement/ArrangementTrainingSchema";
