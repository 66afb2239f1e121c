import { nameFew } from "../nameFew";
import type { StationFacts } from "../StationFacts";
import type { Finding } from "./Finding";
import { makeFinding } from "./makeFinding";

/**
 * CSA/SA, Country Security Focal Point and acting CSA: one of them is there, the focal
 * point and the acting CSA only where there is no CSA, the focal point international. A
 * finding against a focal point or an acting CSA names the CSAs by {@link nameFew} (the
 * first 5 and how many more), worded once: each message stays small however many CSAs
 * and focal points there are, and the work linear in them.
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
    findings.push(
      makeFinding(
        "no-chief-security-adviser-or-focal-point",
        `${arrangement.dutyStation} has neither a Chief Security Adviser / Security Adviser nor a Country Security Focal Point`,
      ),
    );
  }
  // a focal point or an acting CSA only where there is no CSA (Annex I ¶11–12)
  // worded once and bounded (the first 5 named): a message per focal point and acting CSA carries it
  const named = `${nameFew(advisers, describe, ", ")} ${advisers.length === 1 ? "is Chief Security Adviser" : "are Chief Security Advisers"}`;
  const stands = [
    ["focal-point-where-chief-security-adviser-exists", focalPoints, "Country Security Focal Point"],
    ["acting-chief-security-adviser-where-chief-security-adviser-exists", acting, "acting Chief Security Adviser"],
  ] as const;
  if (advisers.length > 0)
    for (const [code, ids, what] of stands)
      for (const id of ids) findings.push(makeFinding(code, `${describe(id)} is ${what} although ${named}`, [id]));
  for (const id of focalPoints) {
    if (!isInternational(id)) {
      findings.push(
        makeFinding(
          "focal-point-not-international",
          `the Country Security Focal Point, ${describe(id)}, is not an international staff member`,
          [id],
        ),
      );
    }
  }
  return findings;
};
