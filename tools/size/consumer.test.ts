import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const project = fileURLToPath(new URL("./consumer/tsconfig.json", import.meta.url));

// A consumer without @types/node (a browser app: `"types": []`) type-checks an import of
// the SDK against its built d.ts files.
// EXPECTED TO FAIL until @unsms/access-pass's types stop naming `node:crypto` in its `.`
// entry (its portable core, issue 11 item 3): then change `it.fails` to `it`.
it("a project without @types/node type-checks an SDK import", () => {
  const result = spawnSync(process.execPath, [tsc, "-p", project], { encoding: "utf8" });
  expect(result.stdout + result.stderr).toBe("");
  expect(result.status).toBe(0);
});
