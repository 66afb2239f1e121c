// Builds the given nx projects (default: the CLI and everything it depends on) and prints
// nothing when the build succeeds: `npm start` shows the report, not a build log. On failure
// the whole log goes to stderr and the exit code is nx's.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const projects = process.argv.slice(2);
// CI sets NX_SKIP_NX_CACHE to prove its own build from scratch; by the time this runs (docs,
// start, the shell blocks) that build is done, and its outputs are what is wanted here.
const env = { ...process.env, NX_DAEMON: "false" };
delete env.NX_SKIP_NX_CACHE;
const nx = createRequire(import.meta.url).resolve("nx/bin/nx.js");
const args =
  projects.length <= 1
    ? ["run", `${projects[0] ?? "@unsms/cli"}:build`]
    : ["run-many", "-t", "build", "-p", projects.join(",")];
const build = spawnSync(process.execPath, [nx, ...args, "--output-style=static"], { encoding: "utf8", env });
if (build.status !== 0) {
  process.stderr.write(`${build.stdout ?? ""}${build.stderr ?? ""}`);
  process.exit(build.status ?? 1);
}
