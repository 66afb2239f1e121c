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
//     // optional: cut each case's time into this many interleaved slices (below); 1 by default
//     rounds: 1,
//   }
// Options: --time MS per case (default 500), --filter TEXT to run only matching suites,
// --rounds N to cut every suite's time into N interleaved slices (an experiment's tool).
//
// By default each case is measured in one window after the other (rounds = 1). With N rounds,
// every case is warmed up, then each round runs every case for its share of the time
// (time / N, at least 64 / N iterations), in the suite's order on even rounds and the reverse
// on odd ones, and a case's figures are those of all its samples together: a case and its
// reference see the same moments of a machine whose load changes (one window each let a load
// change move a ratio by up to 0.5). Not the default: interleaved, a case pays the garbage
// collection of the cases before it — in a full bench with 16 rounds, `apportionWeights` 1e6
// took 38 ms after dinero's millions of objects (10 ms in its own window) — which no suite
// that allocates can have (docs/performance.md, "Interleaved cases").
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
const roundsOption = option("--rounds", undefined);
const DEFAULT_ITERATIONS = 64; // tinybench's least number of samples of a case

const median = (sorted) => {
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** The median, median absolute deviation and relative margin of error (95 %, in %) of samples. */
const statistics = (samples) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const p50 = median(sorted);
  const mad = median(sorted.map((x) => Math.abs(x - p50)).sort((a, b) => a - b));
  const mean = sorted.reduce((sum, x) => sum + x, 0) / sorted.length;
  const variance = sorted.reduce((sum, x) => sum + (x - mean) ** 2, 0) / Math.max(1, sorted.length - 1);
  const rme = (100 * 1.96 * Math.sqrt(variance / sorted.length)) / mean;
  return { p50, mad, rme, samplesCount: sorted.length };
};

// A case of nanoseconds gives millions of samples a round: each round keeps at most this many,
// evenly spaced in its sorted samples (the same quantiles), so that every round weighs alike.
const KEPT_PER_ROUND = 65_536;

/** At most {@link KEPT_PER_ROUND} of a round's sorted samples, evenly spaced. */
const thinned = (sorted) =>
  sorted.length <= KEPT_PER_ROUND
    ? sorted
    : Array.from({ length: KEPT_PER_ROUND }, (_, i) => sorted[Math.floor((i * sorted.length) / KEPT_PER_ROUND)]);

/**
 * Every case of a suite measured in `rounds` slices (interleaved when more than one: see the top of this file); the
 * samples of each case by name.
 */
const measure = async (suite) => {
  const rounds = Number(roundsOption ?? suite.rounds ?? 1);
  const samples = new Map(suite.cases.map((c) => [c.name, { samples: [], count: 0 }]));
  for (let round = 0; round < rounds; round++) {
    const bench = new Bench({
      name: suite.name,
      time: time / rounds,
      iterations: Math.ceil(DEFAULT_ITERATIONS / rounds),
      warmupTime: Math.min(200, time),
      ...(suite.options ?? {}),
      warmup: round === 0,
      retainSamples: true,
    });
    const order = round % 2 === 0 ? suite.cases : [...suite.cases].reverse();
    for (const c of order) bench.add(c.name, c.fn);
    await bench.run();
    for (const task of bench.tasks) {
      const r = task.result;
      if (r.state !== "completed") throw new Error(`${suite.name} / ${task.name}: ${r.state} ${r.error ?? ""}`);
      const kept = samples.get(task.name);
      kept.count += r.latency.samplesCount;
      for (const sample of thinned(r.latency.samples)) kept.samples.push(sample);
    }
  }
  return new Map([...samples].map(([name, kept]) => [name, { ...statistics(kept.samples), samplesCount: kept.count }]));
};

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
  const measured = await measure(suite);
  const medians = new Map([...measured].map(([name, latency]) => [name, latency.p50]));
  const rows = [];
  for (const c of suite.cases) {
    const latency = measured.get(c.name);
    const ratio = c.reference ? latency.p50 / medians.get(c.reference) : undefined;
    rows.push({
      case: c.name,
      medianMs: latency.p50,
      spreadMs: latency.mad,
      rmePercent: latency.rme,
      samples: latency.samplesCount,
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
