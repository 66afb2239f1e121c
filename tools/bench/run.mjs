#!/usr/bin/env node
// The benchmark runner: `npm run bench` (after a build) runs every package's suites,
// `packages/*/bench/*.bench.mjs`, and the workspace's, `tools/bench/*.bench.mjs` (start-up),
// prints one table per suite and writes bench/results.json with each case's median, spread and ratio to its reference case
// measured in the same run.
//
// A suite file exports a default object:
//   {
//     name: "cost-sharing: apportion",
//     cases: [{ name: "apportion 1e6", fn: () => ..., reference: "typed-array pass 1e6" }, ...],
//     // (`measuredAgainst(reference, cases)` from ./measuredAgainst.mjs writes a reference and the
//     // cases that name it)
//     // optional targets, reported as met or missed (they never fail a test run):
//     targets: [{ case: "apportion 1e6", reference: "typed-array pass 1e6", atMost: 10 },
//               { case: "apportion 1e6", reference: "dinero allocate 1e6", atLeastFaster: 50 }],
//     // optional, for cases that take seconds (tinybench's defaults run each case at least
//     // 64 times): { iterations, warmupIterations, time, warmupTime }
//     options: { iterations: 3, warmupIterations: 1, time: 0, warmupTime: 0 },
//   }
// Options: --time MS per case (default 500), --filter TEXT to run only matching suites.
import { mkdirSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL, fileURLToPath } from "node:url";
import { Bench } from "tinybench";

const root = fileURLToPath(new URL("../..", import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index >= 0 && index + 1 < args.length ? args[index + 1] : fallback;
};
const time = Number(option("--time", "500"));
const filter = option("--filter", "");

// Each package's suites, then the workspace's own (tools/bench/*.bench.mjs: start-up).
const suiteFiles = [
  ...readdirSync(join(root, "packages"))
    .map((name) => join(root, "packages", name, "bench"))
    .filter((dir) => existsSync(dir))
    .flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith(".bench.mjs"))
        .map((f) => join(dir, f)),
    )
    .sort(),
  ...readdirSync(join(root, "tools", "bench"))
    .filter((f) => f.endsWith(".bench.mjs"))
    .map((f) => join(root, "tools", "bench", f))
    .sort(),
];

const formatNs = (ms) => {
  const ns = ms * 1e6;
  if (ns < 1e3) return `${ns.toFixed(1)} ns`;
  if (ns < 1e6) return `${(ns / 1e3).toFixed(2)} µs`;
  if (ns < 1e9) return `${(ns / 1e6).toFixed(2)} ms`;
  return `${(ns / 1e9).toFixed(2)} s`;
};

const results = { date: new Date().toISOString(), node: process.version, time, suites: [] };
let missed = 0;
for (const file of suiteFiles) {
  const suite = (await import(pathToFileURL(file).href)).default;
  if (filter && !suite.name.includes(filter)) continue;
  const bench = new Bench({ name: suite.name, time, warmupTime: Math.min(200, time), ...(suite.options ?? {}) });
  for (const c of suite.cases) bench.add(c.name, c.fn);
  await bench.run();
  const medians = new Map();
  const rows = [];
  for (const task of bench.tasks) {
    const r = task.result;
    if (r.state !== "completed") throw new Error(`${suite.name} / ${task.name}: ${r.state} ${r.error ?? ""}`);
    medians.set(task.name, r.latency.p50);
  }
  for (const c of suite.cases) {
    const task = bench.tasks.find((t) => t.name === c.name);
    const r = task.result;
    const median = r.latency.p50;
    const ratio = c.reference ? median / medians.get(c.reference) : undefined;
    rows.push({
      case: c.name,
      medianMs: median,
      spreadMs: r.latency.mad,
      rmePercent: r.latency.rme,
      samples: r.latency.samplesCount,
      reference: c.reference,
      ratioToReference: ratio,
    });
  }
  const targets = (suite.targets ?? []).map((t) => {
    const ratio = medians.get(t.case) / medians.get(t.reference);
    const met = t.atMost !== undefined ? ratio <= t.atMost : 1 / ratio >= t.atLeastFaster;
    if (!met) missed += 1;
    return { ...t, ratio, met };
  });
  results.suites.push({ name: suite.name, file: relative(root, file), cases: rows, targets });

  console.log(`\n${suite.name}`);
  console.table(
    rows.map((row) => ({
      case: row.case,
      median: formatNs(row.medianMs),
      "spread (MAD)": formatNs(row.spreadMs),
      samples: row.samples,
      "× reference": row.ratioToReference === undefined ? "" : `${row.ratioToReference.toFixed(2)}× ${row.reference}`,
    })),
  );
  for (const t of targets) {
    const goal =
      t.atMost !== undefined ? `≤ ${t.atMost}× ${t.reference}` : `≥ ${t.atLeastFaster}× faster than ${t.reference}`;
    const measured = t.atMost !== undefined ? `${t.ratio.toFixed(2)}×` : `${(1 / t.ratio).toFixed(1)}× faster`;
    console.log(`  ${t.met ? "met   " : "MISSED"} ${t.case}: ${goal} (measured ${measured})`);
  }
}
mkdirSync(join(root, "bench"), { recursive: true });
writeFileSync(join(root, "bench", "results.json"), `${JSON.stringify(results, null, 2)}\n`);
console.log(
  `\nwrote bench/results.json (${results.suites.length} suites${missed ? `, ${missed} target(s) missed` : ""})`,
);
process.exitCode = missed > 0 ? 1 : 0;
