import type { StationFacts } from "../StationFacts";
import type { Finding } from "./Finding";
import { makeFinding } from "./makeFinding";

/**
 * The SMT's chair and its required members: the head of each organization present, the
 * CSA, the focal point.
 *
 * @internal
 */
export const checkSecurityManagementTeam = (facts: StationFacts): ReadonlyArray<Finding> => {
  const { arrangement, designatedOfficials, smt, describe, holders } = facts;
  const findings: Array<Finding> = [];
  const chair = arrangement.securityManagementTeam.chair;
  if (designatedOfficials.ids.length > 0 && (chair === null || !designatedOfficials.has(chair))) {
    findings.push({
      code: "smt-not-chaired-by-designated-official",
      message:
        chair === null
          ? `the Security Management Team of ${arrangement.dutyStation} has no chair; the Designated Official chairs it`
          : `the Security Management Team of ${arrangement.dutyStation} is chaired by ${describe(chair)}, who is not the Designated Official`,
      people: chair === null ? [] : [chair],
      organizations: [],
    });
  }
  const seen = new Set<string>();
  for (const organization of arrangement.organizations) {
    if (seen.has(organization.id)) continue;
    seen.add(organization.id);
    if (!smt.has(organization.head)) {
      findings.push(
        makeFinding(
          "smt-missing-organization-head",
          `${describe(organization.head)}, head of ${organization.name} (${organization.id}), is not on the Security Management Team`,
          [organization.head],
          [organization.id],
        ),
      );
    }
  }
  for (const id of holders("chief-security-adviser")) {
    if (!smt.has(id)) {
      findings.push(
        makeFinding(
          "smt-missing-chief-security-adviser",
          `the Chief Security Adviser, ${describe(id)}, is not on the Security Management Team`,
          [id],
        ),
      );
    }
  }
  for (const id of holders("country-security-focal-point")) {
    if (!smt.has(id)) {
      findings.push(
        makeFinding(
          "smt-missing-focal-point",
          `the Country Security Focal Point, ${describe(id)}, is not on the Security Management Team`,
          [id],
        ),
      );
    }
  }
  return findings;
};
