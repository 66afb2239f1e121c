/**
 * The UNSMS framework of accountability (A/61/531, Annex I) as data and pure functions:
 * the fourteen actors A–N with their lines of accountability, appointments and duties,
 * each cited; chains of accountability up to the Member States; who appoints whom;
 * validation of a replacement framework; and the check of a duty station's security
 * arrangement, which lists every rule it breaks with a stable code and its citation.
 * The zod schemas of these inputs and `parseFramework` are in `@unsms/accountability/schema`:
 * this entry loads no zod.
 *
 * @packageDocumentation
 */
export type * from "./framework/AccountabilityLine";
export type * from "./framework/AppointmentRule";
export type * from "./framework/Duty";
export type * from "./framework/OrganizationKind";
export type * from "./framework/Role";
export type * from "./framework/Framework";
export type * from "./framework/ChainLink";
export * from "./framework/annexIFramework";
export * from "./framework/validateFramework";
export * from "./framework/getRole";
export * from "./framework/chainOfAccountability";
export * from "./framework/accountableTo";
export * from "./framework/appointersOf";

export type * from "./arrangement/Arrangement";
export * from "./arrangement/ViolationCode";
export type * from "./arrangement/ArrangementTraining";
export * from "./arrangement/certificationRule";
export type * from "./arrangement/Violation";
export type * from "./arrangement/ArrangementRule";
export * from "./arrangement/arrangementRules";
export * from "./arrangement/checkArrangement";
export type * from "./arrangement/HeldRole";
export * from "./arrangement/rolesOf";
export type * from "./arrangement/PersonExplanation";
export * from "./arrangement/explainPerson";

export * from "./errors/InvalidFramework";
export * from "./errors/UnknownPerson";
export * from "./errors/UnknownRole";
