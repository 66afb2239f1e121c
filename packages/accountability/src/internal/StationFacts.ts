import type { Arrangement, StationAppointment, StationRole } from "../arrangement/Arrangement";

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
  /** Distinct DO person ids, sorted. */
  readonly designatedOfficials: ReadonlyArray<string>;
  /** The SMT's members, the chair included. */
  readonly smt: ReadonlySet<string>;
  /** "Name (id)" of a person, or the id alone when the person is unknown. */
  readonly describe: (id: string) => string;
  /** Whether the person is known and international staff. */
  readonly isInternational: (id: string) => boolean;
}

const distinctSorted = (ids: ReadonlyArray<string>): ReadonlyArray<string> => [...new Set(ids)].sort();

/**
 * Builds the {@link StationFacts} of an arrangement.
 *
 * @internal
 */
export const stationFacts = (arrangement: Arrangement): StationFacts => {
  const people = new Map(arrangement.people.map((person) => [person.id, person] as const));
  const appointments = (role: StationRole): ReadonlyArray<StationAppointment> =>
    arrangement.appointments.filter((appointment) => appointment.role === role);
  const holders = (role: StationRole): ReadonlyArray<string> => distinctSorted(appointments(role).map((appointment) => appointment.person));
  const { chair, members } = arrangement.securityManagementTeam;
  return {
    arrangement,
    holders,
    appointments,
    designatedOfficials: holders("designated-official"),
    smt: new Set(chair === null ? members : [chair, ...members]),
    describe: (id) => {
      const person = people.get(id);
      return person === undefined ? id : `${person.name} (${id})`;
    },
    isInternational: (id) => people.get(id)?.international === true,
  };
};

/**
 * The distinct person ids, sorted.
 *
 * @internal
 */
export const sortedIds = distinctSorted;
