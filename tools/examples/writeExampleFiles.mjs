#!/usr/bin/env node
// Part of every package's `typecheck` target: writes each `@example` block of the package's
// source (and, for the sdk, every ```ts block of the guides and READMEs) to
// `<package>/.examples-typecheck/` (git-ignored) as a module, so that `tsc` checks the
// documentation under the same strict configuration as the code. A block that does not
// type-check fails the target, with the file and line it came from in the first line of
// the generated file.
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { findDocExamples, findMarkdownExamples, markdownFiles } from "./findExamples.mjs";

const packageDir = process.cwd();
const root = join(packageDir, "..", "..");
const outDir = join(packageDir, ".examples-typecheck");
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const examples = findDocExamples(join(packageDir, "src"));
if (process.argv.includes("--guides"))
  examples.push(...findMarkdownExamples(markdownFiles(root).filter((file) => existsSync(file))));
examples.forEach((example, index) => {
  const from = relative(root, example.file);
  const name = `${String(index).padStart(4, "0")}-${from.replace(/[^A-Za-z0-9]+/g, "-")}-${example.line + 1}.ts`;
  writeFileSync(join(outDir, name), `// ${from}:${example.line + 1}\n${example.code}\nexport {};\n`);
});
console.log(`${relative(root, packageDir)}: ${examples.length} documentation blocks written for tsc`);
