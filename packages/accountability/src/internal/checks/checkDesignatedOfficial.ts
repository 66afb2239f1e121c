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
  const { arrangement, designatedOfficials, describe } = facts;
  const ids = designatedOfficials.ids;
  const findings: Array<Finding> = [];
  if (ids.length === 0) {
    findings.push(makeFinding("no-designated-official", `${arrangement.dutyStation} has no Designated Official`));
  }
  if (ids.length > 1) {
    // The same for every DO: named once, not once per DO.
    const all = `${ids.length} Designated Officials of ${arrangement.dutyStation}: ${nameFew(ids, describe, ", ")}`;
    for (const id of ids) {
      findings.push(makeFinding("several-designated-officials", `${describe(id)} is one of ${all}`, [id]));
    }
  }
  const head = arrangement.headOfMission;
  if (
    arrangement.kind === "peacekeeping-mission" &&
    ids.length > 0 &&
    (head === undefined || !designatedOfficials.has(head))
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
