// Deployment plans over a standby roster of 10 000 officers (the scale), against a
// plain loop that only tests each officer against each need, measured in the same run.
import { crisisCentreStaffing, planDeployment } from "@unsms/surge";
import { measuredAgainst } from "../../../tools/bench/measuredAgainst.mjs";

const stations = ["Amman", "Cairo", "Geneva", "Nairobi", "New York", "Bangkok", "Dakar", "Panama"];
const skills = ["close-protection", "crisis-management", "security-assessment", "stress-counselling", "communications"];
const languages = ["ar", "en", "fr", "es", "ru", "zh"];
const day = 86_400_000;
const start = Date.UTC(2006, 6, 1);

const roster = Array.from({ length: 10_000 }, (_, i) => ({
  id: `fso-${String(i).padStart(5, "0")}`,
  grade: i % 3 === 0 ? "P-4" : "P-3",
  skills: [skills[i % 5], skills[(i * 7) % 5]],
  languages: ["en", languages[(i * 5) % 6]],
  training: i % 4 === 0 ? [{ course: "undac-support", on: new Date(start - 100 * day) }] : [],
  homeStation: stations[i % stations.length],
  available: { from: new Date(start + ((i % 30) - 15) * day), to: new Date(start + (60 + (i % 60)) * day) },
}));

const request = {
  destination: "Beirut",
  notifiedAt: new Date(Date.UTC(2006, 6, 14, 6)),
  withinHours: 48,
  needs: [
    { id: "close-protection", count: 40, skills: ["close-protection"], languages: ["ar"], courses: [] },
    { id: "crisis-coordination", count: 10, skills: ["crisis-management"], languages: ["fr"], courses: [] },
    { id: "undac-support", count: 25, skills: ["security-assessment"], languages: [], courses: ["undac-support"] },
    { id: "communications", count: 30, skills: ["communications"], languages: [], courses: [] },
    { id: "russian-speakers", count: 5000, skills: [], languages: ["ru"], courses: [] },
  ],
  travel: stations.map((from, i) => ({ from, hours: 8 + i * 6 })),
};

const eligibilityLoop = () => {
  let eligible = 0;
  for (const officer of roster) {
    for (const need of request.needs) {
      if (
        need.skills.every((s) => officer.skills.includes(s)) &&
        need.languages.every((l) => officer.languages.includes(l))
      )
        eligible += 1;
    }
  }
  return eligible;
};

const fiveNeeds = request;
const oneNeed = { ...request, needs: [request.needs[0]] };

export default {
  name: "surge: deployment plans over the standby roster",
  cases: [
    ...measuredAgainst({ name: "eligibility loop, 10k officers × 5 needs", fn: eligibilityLoop }, [
      { name: "planDeployment, 10k officers, 5 needs (5 105 places)", fn: () => planDeployment(roster, fiveNeeds) },
      { name: "planDeployment, 10k officers, 1 need (40 places)", fn: () => planDeployment(roster, oneNeed) },
    ]),
    {
      name: "crisisCentreStaffing, 2 desks",
      fn: () =>
        crisisCentreStaffing({
          positions: 2,
          policy: { shiftHours: 8, weeklyContractHours: 40, reliefFactor: "1/5" },
          contributors: [
            { organization: "DSS", officers: 4 },
            { organization: "DPKO", officers: 3 },
          ],
        }),
    },
  ],
};
