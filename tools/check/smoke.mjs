#!/usr/bin/env node
// Part of every package's `check` target: loads the built package by its name the way
// users will, with `import` (ESM) and with `require` (CommonJS), and checks that both see
// the same, non-empty set of exports.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const packageJson = JSON.parse(readFileSync(join(process.cwd(), "package.json"), "utf8"));
const name = packageJson.name;
const require = createRequire(join(process.cwd(), "package.json"));
const esm = Object.keys(await import(name)).filter((key) => key !== "default").sort();
const cjs = Object.keys(require(name)).filter((key) => key !== "default" && key !== "__esModule").sort();
const problems = [];
if (esm.length === 0) problems.push("import() sees no exports");
if (JSON.stringify(esm) !== JSON.stringify(cjs)) {
  problems.push(`import() and require() disagree: only ESM ${esm.filter((k) => !cjs.includes(k))}, only CJS ${cjs.filter((k) => !esm.includes(k))}`);
}
if (problems.length > 0) {
  console.error(`${name}: ${problems.join("; ")}`);
  process.exitCode = 1;
} else {
  console.log(`${name}: import and require both load ${esm.length} exports`);
}
