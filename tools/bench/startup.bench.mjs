// Start-up against a bare `node -e 0` measured in the same run (issue 11: "unsms --version
// ≤ 2.5× node -e 0; importing @unsms/cost-sharing ≤ 1.5× node -e 0"). Each case spawns a
// fresh node process (the same node as the runner) and waits for it to exit: what a user
// or a serverless host pays before the first line of their code runs. Every package entry
// is imported by its public name from the repository root (node_modules links to the
// built packages), the way an app imports it. Needs a build (`npm run bench` builds).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { measuredAgainst } from "./measuredAgainst.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const node = (args) => () => {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
  if (result.status !== 0) throw new Error(`node ${args.join(" ")} exited ${result.status}: ${result.stderr}`);
};
const importing = (specifier) => node(["--input-type=module", "-e", `import ${JSON.stringify(specifier)}`]);

const entries = [
  "@unsms/core",
  "@unsms/core/schema",
  "@unsms/cost-sharing",
  "@unsms/risk",
  "@unsms/staffing",
  "@unsms/accountability",
  "@unsms/access-pass",
  "@unsms/reference-data",
  "@unsms/sdk",
  "@unsms/sdk/schema",
];

export default {
  name: "start-up: a fresh node process",
  cases: measuredAgainst({ name: "node -e 0", fn: node(["-e", "0"]) }, [
    ...entries.map((entry) => ({ name: `import ${entry}`, fn: importing(entry) })),
    { name: "unsms --version", fn: node(["packages/cli/dist/bin.js", "--version"]) },
    { name: "unsms --help", fn: node(["packages/cli/dist/bin.js", "--help"]) },
    { name: "unsms schema cost-share", fn: node(["packages/cli/dist/bin.js", "schema", "cost-share"]) },
  ]),
  targets: [
    { case: "unsms --version", reference: "node -e 0", atMost: 2.5 },
    { case: "import @unsms/cost-sharing", reference: "node -e 0", atMost: 1.5 },
  ],
};
