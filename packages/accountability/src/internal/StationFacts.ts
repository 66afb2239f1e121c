import type { Arrangement, StationAppointment, StationPerson, StationRole } from "../arrangement/Arrangement";
import { personGroup, type PersonGroup } from "./PersonGroup";

/**
 * What the checks need to know of an arrangement, computed once.
 *
 * @internal
 */
export interface StationFacts {
  readonly arrangement: Arrangement;
  /** Distinct person ids holding the role, sorted. */
  readonly holders: (role: StationRole) => ReadonlyArray<string>;
  /** The appointments to the role. */
  readonly appointments: (role: StationRole) => ReadonlyArray<StationAppointment>;
  /** The DOs: their distinct person ids, sorted, with a lookup in constant time. */
  readonly designatedOfficials: PersonGroup;
  /** Whom a warden may answer to: the DOs, then the Area Security Coordinators (built once). */
  readonly wardenSuperiors: () => PersonGroup;
  /** The SMT's members, the chair included. */
  readonly smt: ReadonlySet<string>;
  /** "Name (id)" of a person, or the id alone when the person is unknown. */
  readonly describe: (id: string) => string;
  /** Whether the person is known and international staff. */
  readonly isInternational: (id: string) => boolean;
  /** The person, when the arrangement names them. */
  readonly person: (id: string) => StationPerson | undefined;
  /** The heads of the organization's presence (none when it is not present), built once per organization. */
  readonly headsOf: (organization: string) => PersonGroup;
}

const distinctSorted = (ids: ReadonlyArray<string>): ReadonlyArray<string> => [...new Set(ids)].sort();

/**
 * Builds the {@link StationFacts} of an arrangement.
 *
 * @internal
 */
export const stationFacts = (arrangement: Arrangement): StationFacts => {
  const people = new Map(arrangement.people.map((person) => [person.id, person] as const));
  const byRole = new Map<StationRole, Array<StationAppointment>>();
  for (const appointment of arrangement.appointments) {
    const list = byRole.get(appointment.role);
    if (list === undefined) byRole.set(appointment.role, [appointment]);
    else list.push(appointment);
  }
  const headLists = new Map<string, Array<string>>();
  for (const organization of arrangement.organizations) {
    const list = headLists.get(organization.id);
    if (list === undefined) headLists.set(organization.id, [organization.head]);
    else list.push(organization.head);
  }
  const heads = new Map([...headLists].map(([organization, ids]) => [organization, personGroup(ids)] as const));
  const noOne = personGroup([]);
  const holderCache = new Map<StationRole, ReadonlyArray<string>>();
  const appointments = (role: StationRole): ReadonlyArray<StationAppointment> => byRole.get(role) ?? [];
  const holders = (role: StationRole): ReadonlyArray<string> => {
    const cached = holderCache.get(role);
    if (cached !== undefined) return cached;
    const computed = distinctSorted(appointments(role).map((appointment) => appointment.person));
    holderCache.set(role, computed);
    return computed;
  };
  const { chair, members } = arrangement.securityManagementTeam;
  const designatedOfficials = holders("designated-official");
  let wardenSuperiors: PersonGroup | undefined;
  return {
    arrangement,
    holders,
    appointments,
    designatedOfficials: personGroup(designatedOfficials),
    wardenSuperiors: () =>
      (wardenSuperiors ??= personGroup([...designatedOfficials, ...holders("area-security-coordinator")])),
    smt: new Set(chair === null ? members : [chair, ...members]),
    describe: (id) => {
      const person = people.get(id);
      return person === undefined ? id : `${person.name} (${id})`;
    },
    isInternational: (id) => people.get(id)?.international === true,
    person: (id) => people.get(id),
    headsOf: (organization) => heads.get(organization) ?? noOne,
  };
};
