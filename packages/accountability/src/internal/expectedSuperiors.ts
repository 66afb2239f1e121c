import type { StationAppointment } from "../arrangement/Arrangement";
import type { PersonGroup } from "./PersonGroup";
import type { StationFacts } from "./StationFacts";

/**
 * Whom an appointee may be made accountable to, or `undefined` when the arrangement cannot
 * say (no DO, an agency not present, a role answering outside the duty station). The
 * groups are built once per arrangement ({@link StationFacts}), so that asking for every
 * appointee takes time proportional to the appointments, not to appointments × DOs.
 *
 * @internal
 */
export const expectedSuperiors = (facts: StationFacts, appointment: StationAppointment): PersonGroup | undefined => {
  const noDesignatedOfficial = facts.designatedOfficials.ids.length === 0;
  switch (appointment.role) {
    case "area-security-coordinator":
    case "chief-security-adviser":
    case "country-security-focal-point":
    case "acting-chief-security-adviser":
      return noDesignatedOfficial ? undefined : facts.designatedOfficials;
    case "warden":
      return noDesignatedOfficial ? undefined : facts.wardenSuperiors();
    case "agency-security-officer": {
      const organization = facts.person(appointment.person)?.organization;
      const heads = organization === undefined ? undefined : facts.headsOf(organization);
      return heads === undefined || heads.ids.length === 0 ? undefined : heads;
    }
    case "designated-official":
    case "dss-security-personnel":
      return undefined;
  }
};
