import type { StationRole } from "../../arrangement/Arrangement";
import type { ViolationCode } from "../../arrangement/ViolationCode";
import type { StationFacts } from "../StationFacts";
import type { Finding } from "./Finding";
import { makeFinding } from "./makeFinding";

const written: ReadonlyArray<readonly [StationRole, ViolationCode, string]> = [
  [
    "country-security-focal-point",
    "focal-point-not-appointed-in-writing-by-designated-official",
    "Country Security Focal Point",
  ],
  [
    "area-security-coordinator",
    "area-security-coordinator-not-appointed-in-writing-by-designated-official",
    "Area Security Coordinator",
  ],
  ["warden", "warden-not-appointed-in-writing-by-designated-official", "warden"],
  [
    "acting-chief-security-adviser",
    "acting-chief-security-adviser-not-confirmed-in-writing-by-designated-official",
    "acting Chief Security Adviser",
  ],
];

/**
 * Appointments the DO must make in writing (focal point, ASC, warden, acting CSA) and
 * the acting CSA's terms of reference. Whether the appointer is the DO is only judged
 * when the station has a DO: without one, `no-designated-official` says it all.
 *
 * @internal
 */
export const checkWrittenAppointments = (facts: StationFacts): ReadonlyArray<Finding> => {
  const { designatedOfficials, describe, appointments } = facts;
  const findings: Array<Finding> = [];
  for (const [role, code, title] of written) {
    for (const appointment of appointments(role)) {
      const byDesignatedOfficial =
        designatedOfficials.ids.length === 0 ||
        (appointment.appointedBy !== undefined && designatedOfficials.has(appointment.appointedBy));
      const inWriting = appointment.inWriting === true;
      if (byDesignatedOfficial && inWriting) continue;
      const faults = [
        ...(inWriting ? [] : ["not in writing"]),
        ...(byDesignatedOfficial
          ? []
          : [
              appointment.appointedBy === undefined
                ? "by no one named"
                : `by ${describe(appointment.appointedBy)}, not the Designated Official`,
            ]),
      ];
      const area = appointment.area === undefined ? "" : ` (${appointment.area})`;
      findings.push({
        code,
        message: `${describe(appointment.person)} is ${title}${area} on an appointment ${faults.join(" and ")}`,
        people:
          appointment.appointedBy === undefined || byDesignatedOfficial
            ? [appointment.person]
            : [appointment.person, appointment.appointedBy],
        organizations: [],
      });
    }
  }
  for (const appointment of appointments("acting-chief-security-adviser")) {
    if (appointment.termsOfReference !== true) {
      findings.push(
        makeFinding(
          "acting-chief-security-adviser-without-terms-of-reference",
          `${describe(appointment.person)} is acting Chief Security Adviser without terms of reference`,
          [appointment.person],
        ),
      );
    }
  }
  return findings;
};
