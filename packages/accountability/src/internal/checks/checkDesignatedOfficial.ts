import type { StationFacts } from "../StationFacts";
import type { Finding } from "./Finding";
import { nameFew } from "../nameFew";
import { makeFinding } from "./makeFinding";

/**
 * No DO, several DOs (one violation each, whose message names the first 5 and counts the
 * rest), a mission whose head is not the DO.
 *
 * @internal
 */
export const checkDesignatedOfficial = (facts: StationFacts): ReadonlyArray<Finding> => {
  const { arrangement, designatedOfficials, designatedOfficialGroup, describe } = facts;
  const findings: Array<Finding> = [];
  if (designatedOfficials.length === 0) {
    findings.push(makeFinding("no-designated-official", `${arrangement.dutyStation} has no Designated Official`));
  }
  if (designatedOfficials.length > 1) {
    for (const id of designatedOfficials) {
      findings.push(
        makeFinding(
          "several-designated-officials",
          `${describe(id)} is one of ${designatedOfficials.length} Designated Officials of ${arrangement.dutyStation}: ${nameFew(designatedOfficials, describe, ", ")}`,
          [id],
        ),
      );
    }
  }
  const head = arrangement.headOfMission;
  if (
    arrangement.kind === "peacekeeping-mission" &&
    designatedOfficials.length > 0 &&
    (head === undefined || !designatedOfficialGroup.has(head))
  ) {
    findings.push({
      code: "mission-head-not-designated-official",
      message: `the head of mission${head === undefined ? "" : `, ${describe(head)},`} is not the Designated Official of the peacekeeping mission ${arrangement.dutyStation}`,
      people: head === undefined ? [] : [head],
      organizations: [],
    });
  }
  return findings;
};
