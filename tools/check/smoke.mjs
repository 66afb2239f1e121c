#!/usr/bin/env node
// Part of every package's `check` target: loads every entry of the built package (".",
// "./schema", …, as its `exports` lists them) by its name the way users will, with `import`
// and with `require` (Node ≥ 20.19 loads ES modules with require), and checks that both see
// the same, non-empty module — the same objects, so there is one copy of each class.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const packageJson = JSON.parse(readFileSync(join(process.cwd(), "package.json"), "utf8"));
const name = packageJson.name;
const require = createRequire(join(process.cwd(), "package.json"));
const entries = Object.keys(packageJson.exports ?? { ".": "" }).filter(
  (key) => key !== "./package.json" && !key.includes("*"),
);
const problems = [];
const counts = [];
for (const entry of entries) {
  const specifier = entry === "." ? name : `${name}/${entry.slice(2)}`;
  const esmModule = await import(specifier);
  const cjsModule = require(specifier);
  const esm = Object.keys(esmModule)
    .filter((key) => key !== "default" && key !== "module.exports")
    .sort();
  const cjs = Object.keys(cjsModule)
    .filter((key) => key !== "default" && key !== "__esModule" && key !== "module.exports")
    .sort();
  if (esm.length === 0) problems.push(`${specifier}: import() sees no exports`);
  if (JSON.stringify(esm) !== JSON.stringify(cjs)) {
    problems.push(
      `${specifier}: import() and require() disagree: only ESM ${esm.filter((k) => !cjs.includes(k))}, only CJS ${cjs.filter((k) => !esm.includes(k))}`,
    );
  }
  const different = esm.filter((key) => esmModule[key] !== cjsModule[key]);
  if (different.length > 0) problems.push(`${specifier}: two copies of ${different.slice(0, 5).join(", ")}`);
  counts.push(`${specifier} ${esm.length}`);
}
if (problems.length > 0) {
  console.error(`${name}: ${problems.join("; ")}`);
  process.exitCode = 1;
} else {
  console.log(`${name}: import and require load the same exports (${counts.join(", ")})`);
}
