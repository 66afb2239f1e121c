// Two builds of this package measured alternately in one process (not a suite of
// tools/bench/run.mjs): on a shared machine wall time swung by 2× between identical builds,
// so a change is judged against a copy of main's build, round by round, in CPU time
// (process.cpuUsage). Every case of apportion.bench.mjs that shares code runs in the same
// process, so the type feedback is what the suite sees. Usage, after building:
//   cp -r packages/cost-sharing/dist /tmp/main-dist   (on main)
//   node packages/cost-sharing/bench/alternate.mjs /tmp/main-dist packages/cost-sharing/dist [rounds] [50,into,1e6]
// (the copy must sit where it resolves @unsms/core and effect: inside the repository, e.g. .ab/main-dist)
// With 1e6 it also prints what no code of apportion's can avoid there: the CPU time of allocating
// the answer's array of a million ids alone (`new Array(1e6)`, 8 MB of fresh pages on a 64-bit
// Node) and the minor page faults of one call of each (docs/performance.md).
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { makeMoney, USD } from "@unsms/core";
import { headcounts, participantsOf, succeeded as ok } from "./support/benchInputs.mjs";

const [first, second] = process.argv.slice(2, 4);
const rounds = Number(process.argv[4] ?? 5);
const only = (process.argv[5] ?? "50,into,1e6").split(",");
const builds = [];
for (const dir of [first, second]) {
  const main = await import(pathToFileURL(resolve(dir, "index.js")).href);
  const batch = await import(pathToFileURL(resolve(dir, "batch.js")).href);
  builds.push({
    dir,
    main,
    batch,
    times: { bare: [], a50: [], w50: [], into: [], a1e6: [], w1e6: [], ids1e6: [], faults: [], wFaults: [] },
  });
}
const total = 40_000_000_000n;
const money = makeMoney(total, USD);
const small = headcounts(50);
const large = headcounts(1_000_000);
const participants50 = participantsOf(small, 3);
const participants1e6 = participantsOf(large, 7);
const out = new Float64Array(50);
const smallSum = small.reduce((a, w) => a + w, 0);
const totalNumber = Number(total);
/** The suite's bare loop over 50 weights. */
const bare = () => {
  for (let i = 0; i < small.length; i++) out[i] = Math.floor((totalNumber * small[i]) / smallSum);
};
/** The last array of a million ids allocated, so that the allocation is not optimized away. */
let allocated;
/** The minor page faults of one call. */
const faultsOf = (fn) => {
  const before = process.resourceUsage().minorPageFault;
  fn();
  return process.resourceUsage().minorPageFault - before;
};
/** CPU time per call in ns, after a warm-up of a tenth as many calls. */
const cpu = (fn, calls) => {
  for (let i = 0; i < calls / 10; i++) fn();
  const start = process.cpuUsage();
  for (let i = 0; i < calls; i++) fn();
  const used = process.cpuUsage(start);
  return ((used.user + used.system) * 1000) / calls;
};
for (let round = 0; round < rounds; round++) {
  for (const { main, batch, times } of builds) {
    const apportioner = ok(batch.makeApportioner(small)).success;
    if (only.includes("50")) {
      times.bare.push(cpu(bare, 400_000));
      times.a50.push(cpu(() => ok(main.apportion(money, participants50)), 200_000));
      times.w50.push(cpu(() => ok(batch.apportionWeights(total, small)), 100_000));
    }
    if (only.includes("into")) times.into.push(cpu(() => ok(apportioner.apportionInto(total, out)), 400_000));
    if (only.includes("1e6")) {
      times.a1e6.push(cpu(() => ok(main.apportion(money, participants1e6)), 6) / 1e6);
      times.w1e6.push(cpu(() => ok(batch.apportionWeights(total, large)), 6) / 1e6);
      times.ids1e6.push(cpu(() => (allocated = new Array(1_000_000)), 6) / 1e6);
      times.faults.push(faultsOf(() => ok(main.apportion(money, participants1e6))));
      times.wFaults.push(faultsOf(() => ok(batch.apportionWeights(total, large))));
    }
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? Number.NaN;
for (const { dir, times } of builds) {
  const m = Object.fromEntries(Object.entries(times).map(([name, xs]) => [name, median(xs)]));
  console.log(
    `${dir}: apportion 50 ${m.a50.toFixed(0)} ns (${(m.a50 / m.bare).toFixed(1)}× the bare loop, ${m.bare.toFixed(0)} ns)` +
      ` | apportionWeights 50 ${m.w50.toFixed(0)} ns | apportionInto 50 ${m.into.toFixed(0)} ns` +
      ` | apportion 1e6 ${m.a1e6.toFixed(1)} ms, ${(m.a1e6 / m.w1e6).toFixed(2)}× apportionWeights 1e6 (${m.w1e6.toFixed(1)} ms)` +
      ` | new Array(1e6) alone ${m.ids1e6.toFixed(1)} ms, page faults per call ${m.faults} (apportionWeights ${m.wFaults})`,
  );
  if (only.includes("1e6") && allocated?.length !== 1_000_000) throw new Error("the array of ids was not allocated");
}
