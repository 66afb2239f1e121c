// Finding the code blocks of the documentation: every ```ts block inside an `@example` of a
// package's public source, and every ```ts block of a Markdown file. Plain JavaScript so
// that both the tests (tools/vitest/docExamples.ts, which run them) and the type-check step
// (tools/examples/writeExampleFiles.mjs, which hands them to tsc) read them the same way.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

/** @typedef {{ readonly file: string; readonly line: number; readonly code: string }} DocExample */

/** The public source files of a package: `.ts` files outside `internal/` folders. @param {string} dir @returns {Array<string>} */
export const sourceFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === "internal" ? [] : sourceFiles(path);
      return entry.name.endsWith(".ts") ? [path] : [];
    });

/**
 * The ```ts blocks of a file's lines, each with the line it starts on; `include` says
 * whether a line is read at all (told whether a block is open).
 * @param {string} file @param {ReadonlyArray<string>} lines
 * @param {(index: number, inBlock: boolean) => boolean} include
 * @returns {Array<DocExample>}
 */
const tsBlocks = (file, lines, include) => {
  /** @type {Array<DocExample>} */
  const examples = [];
  /** @type {Array<string> | undefined} */
  let code;
  let start = 0;
  lines.forEach((line, index) => {
    if (!include(index, code !== undefined)) return;
    if (code === undefined && /^```(ts|typescript)\b/.test(line)) {
      code = [];
      start = index + 1;
    } else if (code !== undefined && line.startsWith("```")) {
      examples.push({ file, line: start, code: code.join("\n") });
      code = undefined;
    } else if (code !== undefined) code.push(line);
  });
  return examples;
};

/** Every ```ts block inside an `@example` tag of the package's public source files. @param {string} srcDir @returns {Array<DocExample>} */
export const findDocExamples = (srcDir) =>
  sourceFiles(srcDir).flatMap((file) => {
    const raw = readFileSync(file, "utf8").split("\n");
    const lines = raw.map((line) => line.replace(/^\s*\* ?/, ""));
    let inExample = false;
    return tsBlocks(file, lines, (index, inBlock) => {
      const line = /** @type {string} */ (lines[index]);
      if (/^\s*\*\//.test(/** @type {string} */ (raw[index]))) inExample = false;
      if (line.startsWith("@example")) inExample = true;
      else if (line.startsWith("@") && !inBlock) inExample = false;
      return inExample;
    });
  });

/** Exported declarations of a source file that lack an `@example` in the doc comment before them. @param {string} srcDir @returns {Array<string>} */
export const findUndocumentedExports = (srcDir) => {
  /** @type {Array<string>} */
  const missing = [];
  for (const file of sourceFiles(srcDir)) {
    const text = readFileSync(file, "utf8");
    const declaration =
      /^export (?:declare )?(?:abstract )?(?:const|function|interface|type|class|enum) ([A-Za-z0-9_$]+)/gm;
    for (let match = declaration.exec(text); match !== null; match = declaration.exec(text)) {
      const before = text.slice(0, match.index);
      const commentEnd = before.lastIndexOf("*/");
      const commentStart = before.lastIndexOf("/**");
      const between = commentEnd >= 0 ? before.slice(commentEnd + 2).trim() : "";
      const comment =
        commentStart >= 0 && commentEnd > commentStart && between === "" ? before.slice(commentStart, commentEnd) : "";
      if (!comment.includes("@example") && !comment.includes("@internal"))
        missing.push(`${relative(srcDir, file)}: ${match[1]}`);
    }
  }
  return missing;
};

/** Every ```ts block of the given Markdown files (guides, READMEs), with its line. @param {ReadonlyArray<string>} files @returns {Array<DocExample>} */
export const findMarkdownExamples = (files) =>
  files.flatMap((file) => tsBlocks(file, readFileSync(file, "utf8").split("\n"), () => true));

/** The Markdown files whose code runs: docs/guides/*.md, the root README and every package's README. @param {string} root @returns {Array<string>} */
export const markdownFiles = (root) => {
  const guides = join(root, "docs", "guides");
  return [
    ...readdirSync(guides)
      .filter((name) => name.endsWith(".md"))
      .sort()
      .map((name) => join(guides, name)),
    join(root, "README.md"),
    ...readdirSync(join(root, "packages"))
      .sort()
      .map((name) => join(root, "packages", name, "README.md")),
  ];
};
