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
export type { AccountabilityLine, LineKind } from "./framework/AccountabilityLine";
export type { AppointmentRule } from "./framework/AppointmentRule";
export type { Duty } from "./framework/Duty";
export type { OrganizationKind } from "./framework/OrganizationKind";
export type { Role } from "./framework/Role";
export type { Framework } from "./framework/Framework";
export type { ChainLink } from "./framework/ChainLink";
export { annexIFramework } from "./framework/annexIFramework";
export { validateFramework } from "./framework/validateFramework";
export { getRole } from "./framework/getRole";
export { chainOfAccountability } from "./framework/chainOfAccountability";
export { accountableTo } from "./framework/accountableTo";
export { appointersOf } from "./framework/appointersOf";

export type {
  Arrangement,
  OrganizationPresent,
  StationAppointment,
  StationPerson,
  StationRole,
} from "./arrangement/Arrangement";
export { violationCodes, type ViolationCode } from "./arrangement/ViolationCode";
export type { ArrangementTraining } from "./arrangement/ArrangementTraining";
export { certificationRule } from "./arrangement/certificationRule";
export type { Violation } from "./arrangement/Violation";
export type { ArrangementRule } from "./arrangement/ArrangementRule";
export { arrangementRules } from "./arrangement/arrangementRules";
export { checkArrangement } from "./arrangement/checkArrangement";
export type { HeldRole } from "./arrangement/HeldRole";
export { rolesOf } from "./arrangement/rolesOf";
export type { ExplainedRole, PersonExplanation } from "./arrangement/PersonExplanation";
export { explainPerson } from "./arrangement/explainPerson";

export { InvalidFramework } from "./errors/InvalidFramework";
export { UnknownPerson } from "./errors/UnknownPerson";
export { UnknownRole } from "./errors/UnknownRole";
