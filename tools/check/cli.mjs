#!/usr/bin/env node
// Part of the cli's `check` target, against the built executable (dist/bin.js):
// - `unsms --version` and `unsms --help` load no domain package, no sdk and no zod (each
//   command group is imported only when it runs), while `unsms risk matrix` does;
// - `unsms cost-share --json < /dev/zero` ends with exit 2 and the size-limit error.
import { spawnSync } from "node:child_process";
import { mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const bin = join(process.cwd(), "dist", "bin.js");
const register = fileURLToPath(new URL("./loaded/register.mjs", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "unsms-check-"));
const problems = [];

const loaded = (args) => {
  const log = join(dir, `${args.join("_")}.log`);
  const result = spawnSync(process.execPath, ["--import", register, bin, ...args], {
    env: { ...process.env, UNSMS_LOADED_LOG: log },
    encoding: "utf8",
  });
  const urls = readFileSync(log, "utf8").trim().split("\n");
  return { status: result.status, urls };
};
const heavy = (urls) =>
  urls.filter((url) =>
    /\/zod\/|packages\/(sdk|risk|staffing|access-pass|accountability|cost-sharing|reference-data)\/|@unsms\/(sdk|risk|staffing|access-pass|accountability|cost-sharing|reference-data)\//.test(
      url,
    ),
  );

for (const args of [["--version"], ["--help"]]) {
  const { status, urls } = loaded(args);
  if (status !== 0) problems.push(`unsms ${args.join(" ")} exited ${status}`);
  const extra = heavy(urls);
  if (extra.length > 0)
    problems.push(
      `unsms ${args.join(" ")} loads ${extra.length} modules it does not need, e.g. ${extra.slice(0, 3).join(", ")}`,
    );
  console.log(`unsms ${args.join(" ")}: ${urls.length} modules, ${extra.length} of zod or a domain package`);
}
const risk = loaded(["risk", "matrix", "--json"]);
if (heavy(risk.urls).length === 0)
  problems.push("unsms risk matrix loads no domain package: the check cannot see loads");

const zero = spawnSync(process.execPath, [bin, "cost-share", "--json"], {
  stdio: [openSync("/dev/zero", "r"), "pipe", "pipe"],
  encoding: "utf8",
  timeout: 60_000,
});
if (zero.status !== 2 || !zero.stderr.includes("larger than the input size limit")) {
  problems.push(
    `unsms cost-share --json < /dev/zero: exit ${zero.status}, stderr ${JSON.stringify(zero.stderr.slice(0, 200))}`,
  );
} else {
  console.log("unsms cost-share --json < /dev/zero: exit 2, input size limit");
}
rmSync(dir, { recursive: true, force: true });
if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
