// Staffing roll-ups and the placement search, against a plain counting loop over the same
// posts measured in the same run.
import { grades, officersNeeded, summarizeStaffing } from "@unsms/staffing";
import { measuredAgainst } from "../../../tools/bench/measuredAgainst.mjs";

// 100 units (10 divisions of 9 sections) and 10 000 posts, incumbency known per post.
const units = [{ id: "ROOT", name: "Department", parent: null }];
for (let d = 0; d < 10; d += 1) {
  units.push({ id: `D${d}`, name: `Division ${d}`, parent: "ROOT" });
  for (let s = 0; s < 9; s += 1) units.push({ id: `D${d}S${s}`, name: `Section ${d}.${s}`, parent: `D${d}` });
}
const posts = Array.from({ length: 10_000 }, (_, i) => ({
  id: `P${i}`,
  grade: grades[i % grades.length],
  unit: units[1 + (i % (units.length - 1))].id,
  dutyStation: i % 3 === 0 ? "Geneva" : "New York",
  funding: i % 5 === 0 ? "extrabudgetary" : "regular-budget",
  status: i % 7 === 0 ? "temporary" : "established",
  incumbent: i % 6 === 0 ? null : {},
}));
const table = { units, posts };

// A chain 10 000 units deep (each unit the parent of the next), a group of posts on each and a
// count on every 100th unit: the shape that overflowed the stack from ~3 800 levels (issue 16).
const depth = 10_000;
const chain = {
  units: Array.from({ length: depth }, (_, k) => ({
    id: `U${k}`,
    name: `Unit ${k}`,
    parent: k === 0 ? null : `U${k - 1}`,
  })),
  groups: Array.from({ length: depth }, (_, k) => ({ unit: `U${k}`, grade: grades[k % grades.length], count: 2 })),
  fillCounts: Array.from({ length: depth / 100 }, (_, k) => ({ unit: `U${k * 100}`, filled: depth - k * 100 })),
};

const countLoop = () => {
  const totals = new Map();
  for (const post of posts) {
    const entry = totals.get(post.unit) ?? [0, 0];
    entry[0] += 1;
    if (post.incumbent !== null) entry[1] += 1;
    totals.set(post.unit, entry);
  }
  return totals;
};

export default {
  name: "staffing: roll-ups and placements",
  cases: [
    ...measuredAgainst({ name: "count loop, 10k posts", fn: countLoop }, [
      { name: "summarize by unit, 10k posts / 100 units", fn: () => summarizeStaffing(table, { by: "unit" }) },
      { name: "summarize by grade, 10k posts", fn: () => summarizeStaffing(table, { by: "grade" }) },
      {
        name: "summarize by unit, a 10 000-level chain with counts",
        fn: () => summarizeStaffing(chain, { by: "unit" }),
      },
    ]),
    {
      name: "officersNeeded",
      fn: () => officersNeeded({ shiftHours: 8, weeklyContractHours: 40, reliefFactor: "88/1015" }, 1000),
    },
  ],
};
