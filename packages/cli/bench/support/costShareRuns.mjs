// What the two cost-share suites share (each builds its suite with `costShareSuite`): the built CLI and a bare node script that reads the
// same request from stdin, parses it, stringifies it and writes it, each run as a child
// process with stdin from a request file and stdout to /dev/null (so node's start-up counts
// in both), and the requests themselves (n participants, ids `ORG-0000000`…, headcounts
// 1..5000 from a fixed linear congruential sequence).
import { spawnSync } from "node:child_process";
import { mkdtempSync, openSync, closeSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { measuredAgainst } from "../../../../tools/bench/measuredAgainst.mjs";

const bin = fileURLToPath(new URL("../../dist/bin.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "unsms-bench-"));
const bare = join(dir, "bare.mjs");
writeFileSync(
  bare,
  'const chunks = []; for await (const c of process.stdin) chunks.push(c);\nprocess.stdout.write(JSON.stringify(JSON.parse(Buffer.concat(chunks).toString("utf8"))));\n',
);

const request = (n) => {
  const file = join(dir, `request-${n}.json`);
  const participants = [];
  let state = 20_060_531;
  for (let i = 0; i < n; i++) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    participants.push({ id: `ORG-${String(i).padStart(7, "0")}`, headcount: (state % 5000) + 1 });
  }
  writeFileSync(file, JSON.stringify({ currency: "USD", total: "400000000.00", participants }));
  return file;
};

const files = new Map();
const runNode = (args, n) => {
  if (!files.has(n)) files.set(n, request(n));
  const stdin = openSync(files.get(n), "r");
  try {
    const child = spawnSync(process.execPath, args, { stdio: [stdin, "ignore", "pipe"] });
    if (child.status !== 0) throw new Error(`exit ${child.status}: ${child.stderr}`);
  } finally {
    closeSync(stdin);
  }
};

/** The bare script over a request of `n` participants, one child process. */
export const runBare = (n) => runNode([bare], n);
/** `unsms cost-share --json` over a request of `n` participants, one child process. */
export const runCostShare = (n) => runNode([bin, "cost-share", "--json"], n);

/**
 * The suite of `unsms cost-share --json` over `n` participants (`label`: "1e4", "1e6")
 * against the bare script over the same request, with at most 3× as the target (issue 11),
 * measured over `iterations` runs after `warmupIterations`.
 */
export const costShareSuite = ({ n, label, iterations, warmupIterations }) => {
  const reference = `bare parse+stringify ${label}`;
  const measured = `unsms cost-share --json ${label}`;
  return {
    name: `cli: cost-share ${label}`,
    options: { iterations, warmupIterations, time: 0, warmupTime: 0 },
    cases: measuredAgainst({ name: reference, fn: () => runBare(n) }, [{ name: measured, fn: () => runCostShare(n) }]),
    targets: [{ case: measured, reference, atMost: 3 }],
  };
};
