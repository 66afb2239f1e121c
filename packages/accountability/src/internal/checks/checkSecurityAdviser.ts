import type { StationFacts } from "../StationFacts";
import type { Finding } from "./Finding";

/**
 * CSA/SA, Country Security Focal Point and acting CSA: one of them is there, the focal
 * point and the acting CSA only where there is no CSA, the focal point international.
 *
 * @internal
 */
export const checkSecurityAdviser = (facts: StationFacts): ReadonlyArray<Finding> => {
  const { arrangement, holders, describe, isInternational } = facts;
  const advisers = holders("chief-security-adviser");
  const focalPoints = holders("country-security-focal-point");
  const acting = holders("acting-chief-security-adviser");
  const findings: Array<Finding> = [];
  if (advisers.length === 0 && focalPoints.length === 0 && acting.length === 0) {
    findings.push({
      code: "no-chief-security-adviser-or-focal-point",
      message: `${arrangement.dutyStation} has neither a Chief Security Adviser / Security Adviser nor a Country Security Focal Point`,
      people: [],
      organizations: [],
    });
  }
  if (advisers.length > 0) {
    for (const id of focalPoints) {
      findings.push({
        code: "focal-point-where-chief-security-adviser-exists",
        message: `${describe(id)} is Country Security Focal Point although ${advisers.map(describe).join(", ")} is Chief Security Adviser`,
        people: [id],
        organizations: [],
      });
    }
    for (const id of acting) {
      findings.push({
        code: "acting-chief-security-adviser-where-chief-security-adviser-exists",
        message: `${describe(id)} is acting Chief Security Adviser although ${advisers.map(describe).join(", ")} is Chief Security Adviser`,
        people: [id],
        organizations: [],
      });
    }
  }
  for (const id of focalPoints) {
    if (!isInternational(id)) {
      findings.push({
        code: "focal-point-not-international",
        message: `the Country Security Focal Point, ${describe(id)}, is not an international staff member`,
        people: [id],
        organizations: [],
      });
    }
  }
  return findings;
};
