import { readOrElse } from "@unsms/core";
import { arrangementProblem } from "../internal/arrangementProblem";
import { expectedSuperiors } from "../internal/expectedSuperiors";
import type { PersonGroup } from "../internal/PersonGroup";
import { stationFacts } from "../internal/StationFacts";
import type { Arrangement, StationAppointment } from "./Arrangement";
import type { HeldRole } from "./HeldRole";

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
 * Which roles a person holds at a duty station, in the framework's order: those of their
 * appointments (an acting CSA holds the CSA's role, `acting: true`), representative (F) of
 * each organization they head, member (or chair) of the SMT, and personnel (N) of their
 * organization. Each says whom at the duty station it answers to. A person the
 * arrangement does not name holds no role, and so does anyone in a value that cannot be
 * read as an arrangement (never an exception, whatever a JavaScript caller passes).
 *
 * @example
 * ```ts
 * import { rolesOf, type Arrangement } from "@unsms/accountability"
 *
 * const arrangement: Arrangement = {
 *   dutyStation: "Nairobi",
 *   kind: "country",
 *   people: [{ id: "amara", name: "Amara Diallo", organization: "UNDP", international: true }],
 *   organizations: [{ id: "UNDP", name: "United Nations Development Programme", head: "amara" }],
 *   securityManagementTeam: { chair: "amara", members: [] },
 *   appointments: [{ role: "designated-official", person: "amara" }],
 * }
 * console.log(rolesOf(arrangement, "amara").map((held) => held.roleId))
 * // ["designated-official", "organization-representative", "security-management-team", "personnel"]
 * ```
 *
 * @category arrangement
 * @since 0.1.0
 */
export const rolesOf = (arrangement: Arrangement, personId: string): ReadonlyArray<HeldRole> =>
  readOrElse(
    () => (arrangementProblem(arrangement) === undefined ? heldRoles(arrangement, personId) : []),
    () => [],
  );

const heldRoles = (arrangement: Arrangement, personId: string): ReadonlyArray<HeldRole> => {
  const person = arrangement.people.find((candidate) => candidate.id === personId);
  if (person === undefined) return [];
  const facts = stationFacts(arrangement);
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
