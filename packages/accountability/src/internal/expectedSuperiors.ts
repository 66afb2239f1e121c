import type { StationAppointment } from "../arrangement/Arrangement";
import type { StationFacts } from "./StationFacts";

/**
 * The person ids an appointee may be made accountable to, or `undefined` when the
 * arrangement cannot say (no DO, an agency not present, a role answering outside the
 * duty station).
 *
 * @internal
 */
export const expectedSuperiors = (
  facts: StationFacts,
  appointment: StationAppointment,
): ReadonlyArray<string> | undefined => {
  const { designatedOfficials, holders } = facts;
  const toDesignatedOfficial = designatedOfficials.length === 0 ? undefined : designatedOfficials;
  switch (appointment.role) {
    case "area-security-coordinator":
    case "chief-security-adviser":
    case "country-security-focal-point":
    case "acting-chief-security-adviser":
      return toDesignatedOfficial;
    case "warden":
      return toDesignatedOfficial === undefined
        ? undefined
        : [...toDesignatedOfficial, ...holders("area-security-coordinator")];
    case "agency-security-officer": {
      const organization = facts.person(appointment.person)?.organization;
      const heads = organization === undefined ? [] : facts.headsOf(organization);
      return heads.length === 0 ? undefined : heads;
    }
    case "designated-official":
    case "dss-security-personnel":
      return undefined;
  }
};
