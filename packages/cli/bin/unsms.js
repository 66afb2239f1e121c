#!/usr/bin/env node
// The `unsms` command: runs the built CLI (dist/bin.js). A published package always has
// dist/. In a fresh clone of the repository (right after `npm ci`, before any build) this
// launcher is what npm links as `unsms`, so `npx unsms …` resolves here with no network;
// it builds the CLI first, quietly (the build log only when the build fails).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const built = new URL("../dist/bin.js", import.meta.url);
const sources = new URL("../src/bin.ts", import.meta.url);
if (!existsSync(fileURLToPath(built)) && existsSync(fileURLToPath(sources))) {
  const root = fileURLToPath(new URL("../../../", import.meta.url));
  const nx = createRequire(`${root}package.json`).resolve("nx/bin/nx.js");
  const build = spawnSync(process.execPath, [nx, "run", "@unsms/cli:build", "--output-style=static"], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, NX_DAEMON: "false" },
  });
  if (build.status !== 0) {
    process.stderr.write(`${build.stdout ?? ""}${build.stderr ?? ""}unsms: building the CLI failed\n`);
    process.exit(2);
  }
}
await import(built.href);
