import type { StationAppointment } from "../../arrangement/Arrangement";
import type { StationFacts } from "../StationFacts";
import type { Finding } from "./Finding";
import { expectedSuperiors } from "../expectedSuperiors";
import { nameFew } from "../nameFew";

const titles: Readonly<Record<StationAppointment["role"], string>> = {
  "designated-official": "Designated Official",
  "chief-security-adviser": "Chief Security Adviser",
  "country-security-focal-point": "Country Security Focal Point",
  "area-security-coordinator": "Area Security Coordinator",
  "dss-security-personnel": "DSS security officer",
  "agency-security-officer": "agency security officer",
  "acting-chief-security-adviser": "acting Chief Security Adviser",
  warden: "warden",
};

/**
 * Each appointee made accountable to someone the framework does not make them answer to.
 * The message names those they should answer to, the first 5 and how many more.
 *
 * @internal
 */
export const checkLinesOfAccountability = (facts: StationFacts): ReadonlyArray<Finding> =>
  facts.arrangement.appointments.flatMap((appointment): ReadonlyArray<Finding> => {
    const superior = appointment.accountableTo;
    const expected = expectedSuperiors(facts, appointment);
    if (superior === undefined || expected === undefined || expected.has(superior)) return [];
    return [
      {
        code: "accountable-to-wrong-person",
        message: `${facts.describe(appointment.person)}, ${titles[appointment.role]}, is made accountable to ${facts.describe(superior)} instead of ${nameFew(expected.ids, facts.describe, " or ")}`,
        people: [appointment.person, superior],
        organizations: [],
      },
    ];
  });
