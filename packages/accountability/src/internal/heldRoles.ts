import type { StationAppointment, StationPerson } from "../arrangement/Arrangement";
import type { HeldRole } from "../arrangement/HeldRole";
import { expectedSuperiors } from "./expectedSuperiors";
import type { PersonGroup } from "./PersonGroup";
import type { StationFacts } from "./StationFacts";

const order: ReadonlyArray<string> = [
  "designated-official",
  "organization-representative",
  "security-management-team",
  "area-security-coordinator",
  "chief-security-adviser",
  "country-security-focal-point",
  "dss-security-personnel",
  "agency-security-officer",
  "warden",
  "personnel",
];

const roleIdOf = (appointment: StationAppointment): string =>
  appointment.role === "acting-chief-security-adviser" ? "chief-security-adviser" : appointment.role;

/**
 * The roles `person` holds at the duty station of `facts`, in the framework's order (what
 * `rolesOf` answers). The arrangement is trusted: its caller has checked it
 * (`arrangementProblem`) and found the person, once, so that `explainPerson` runs neither
 * twice. Linear in the arrangement.
 *
 * @internal
 */
export const heldRoles = (facts: StationFacts, person: StationPerson): ReadonlyArray<HeldRole> => {
  const { arrangement } = facts;
  const personId = person.id;
  // A group's ids are already distinct (PersonGroup): only the person is left out.
  const others = (ids: ReadonlyArray<string>): ReadonlyArray<string> => ids.filter((id) => id !== personId);
  // One list per group of superiors, however many appointments of the person share it.
  const answering = new Map<PersonGroup, ReadonlyArray<string>>();
  const answeringTo = (group: PersonGroup | undefined): ReadonlyArray<string> => {
    if (group === undefined) return [];
    const cached = answering.get(group);
    if (cached !== undefined) return cached;
    const ids = others(group.ids);
    answering.set(group, ids);
    return ids;
  };
  const held: Array<HeldRole> = [];
  for (const appointment of arrangement.appointments) {
    if (appointment.person !== personId) continue;
    const answersTo =
      appointment.accountableTo !== undefined
        ? [appointment.accountableTo]
        : answeringTo(expectedSuperiors(facts, appointment));
    const area = appointment.area === undefined ? {} : { area: appointment.area };
    const organization = appointment.role === "agency-security-officer" ? { organization: person.organization } : {};
    held.push({
      roleId: roleIdOf(appointment),
      acting: appointment.role === "acting-chief-security-adviser",
      source: "appointment",
      ...organization,
      ...area,
      answersTo,
    });
  }
  for (const organization of arrangement.organizations) {
    if (organization.head === personId) {
      held.push({
        roleId: "organization-representative",
        acting: false,
        source: "organization-head",
        organization: organization.id,
        answersTo: [],
      });
    }
  }
  if (facts.smt.has(personId)) {
    const chair = arrangement.securityManagementTeam.chair === personId;
    held.push({
      roleId: "security-management-team",
      acting: false,
      source: "security-management-team",
      chair,
      answersTo: others(facts.designatedOfficials.ids),
    });
  }
  held.push({
    roleId: "personnel",
    acting: false,
    source: "employment",
    organization: person.organization,
    answersTo: others(facts.headsOf(person.organization).ids),
  });
  return held
    .map((role, index) => ({ role, index }))
    .sort((a, b) => order.indexOf(a.role.roleId) - order.indexOf(b.role.roleId) || a.index - b.index)
    .map(({ role }) => role);
};
