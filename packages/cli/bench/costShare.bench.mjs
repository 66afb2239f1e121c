// `unsms cost-share --json` over 10 000 and 1 000 000 participants (a 37 MB request)
// against a bare node script that reads the same request from stdin, parses it, stringifies
// it and writes it (issue 11: at most 3×, peak memory at most 1 GB — measured with
// `/usr/bin/time -f %M`, see docs/performance.md). Both run as child processes of the
// built CLI (`npm run bench` builds first), stdin from a file, stdout to /dev/null, so the
// start-up of node counts in both. Few iterations: a 1e6 run takes seconds.
import { spawnSync } from "node:child_process";
import { mkdtempSync, openSync, closeSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { measuredAgainst } from "../../../tools/bench/measuredAgainst.mjs";

const bin = fileURLToPath(new URL("../dist/bin.js", import.meta.url));
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

export default {
  name: "cli: cost-share",
  options: { iterations: 3, warmupIterations: 1, time: 0, warmupTime: 0 },
  cases: [
    [10_000, "1e4"],
    [1_000_000, "1e6"],
  ].flatMap(([n, size]) =>
    measuredAgainst({ name: `bare parse+stringify ${size}`, fn: () => runNode([bare], n) }, [
      { name: `unsms cost-share --json ${size}`, fn: () => runNode([bin, "cost-share", "--json"], n) },
    ]),
  ),
  targets: [
    { case: "unsms cost-share --json 1e4", reference: "bare parse+stringify 1e4", atMost: 3 },
    { case: "unsms cost-share --json 1e6", reference: "bare parse+stringify 1e6", atMost: 3 },
  ],
};
