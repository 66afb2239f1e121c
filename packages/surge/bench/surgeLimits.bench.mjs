// Deployment plans at the documented limits, on the review's rosters: 100 000 officers, each
// with 3 (or 6) of 100 skills at random, against 100 needs asking for one skill each, 10 000
// officers a need (every need short) or 3 000 (about as many places as officers, so the
// matching re-routes through long augmenting paths), against a plain loop that only tests
// each officer against each need. Each case takes a fraction of a second: a few iterations.
import { planDeployment } from "@unsms/surge";
import { measuredAgainst } from "../../../tools/bench/measuredAgainst.mjs";

const window = { from: new Date(Date.UTC(2006, 6, 1)), to: new Date(Date.UTC(2006, 8, 30)) };

const rosterOf = (officers, skills) => {
  let seed = 1;
  const next = () => (seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) >>> 8;
  return Array.from({ length: officers }, (_, i) => {
    const held = new Set();
    while (held.size < skills) held.add(next() % 100);
    return {
      id: `o${i}`,
      grade: "P-3",
      skills: [...held].map((j) => `s${j}`),
      languages: [],
      training: [],
      homeStation: "Amman",
      available: window,
    };
  });
};

const requestOf = (count) => ({
  destination: "Beirut",
  notifiedAt: new Date(Date.UTC(2006, 6, 14, 6)),
  withinHours: 48,
  needs: Array.from({ length: 100 }, (_, j) => ({ id: `n${j}`, count, skills: [`s${j}`], languages: [], courses: [] })),
  travel: [{ from: "Amman", hours: 10 }],
});

const three = rosterOf(100_000, 3);
const six = rosterOf(100_000, 6);
const short = requestOf(10_000);
const balanced = requestOf(3_000);

const eligibilityLoop = () => {
  let eligible = 0;
  for (const officer of three)
    for (const need of short.needs) if (officer.skills.includes(need.skills[0])) eligible += 1;
  return eligible;
};

export default {
  name: "surge: deployment plans at the limits (100 000 officers, 100 needs)",
  cases: [
    ...measuredAgainst({ name: "eligibility loop, 100k officers × 100 needs", fn: eligibilityLoop }, [
      { name: "planDeployment, 100k officers × 3 skills, 100 needs of 10 000", fn: () => planDeployment(three, short) },
      { name: "planDeployment, 100k officers × 6 skills, 100 needs of 10 000", fn: () => planDeployment(six, short) },
      {
        name: "planDeployment, 100k officers × 3 skills, 100 needs of 3 000",
        fn: () => planDeployment(three, balanced),
      },
    ]),
  ],
  options: { iterations: 5, warmupIterations: 1, time: 0, warmupTime: 0 },
};
