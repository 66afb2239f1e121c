import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, test, vi } from "vitest";

/** One `@example` code block found in a source file's doc comments. */
export interface DocExample {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

const sourceFiles = (dir: string): Array<string> =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "internal" ? [] : sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });

/** Every ```ts block inside an `@example` tag of the package's public source files. */
export const findDocExamples = (srcDir: string): Array<DocExample> => {
  const examples: Array<DocExample> = [];
  for (const file of sourceFiles(srcDir)) {
    const lines = readFileSync(file, "utf8").split("\n");
    let inExample = false;
    let code: Array<string> | undefined;
    let start = 0;
    lines.forEach((raw, index) => {
      const line = raw.replace(/^\s*\* ?/, "");
      if (/^\s*\*\//.test(raw)) inExample = false;
      if (line.startsWith("@example")) inExample = true;
      else if (line.startsWith("@") && code === undefined) inExample = false;
      if (!inExample) return;
      if (code === undefined && /^```(ts|typescript)\b/.test(line)) {
        code = [];
        start = index + 1;
      } else if (code !== undefined && line.startsWith("```")) {
        examples.push({ file, line: start, code: code.join("\n") });
        code = undefined;
      } else if (code !== undefined) code.push(line);
    });
  }
  return examples;
};

/** Exported declarations of a source file that lack an `@example` in the doc comment before them. */
export const findUndocumentedExports = (srcDir: string): Array<string> => {
  const missing: Array<string> = [];
  for (const file of sourceFiles(srcDir)) {
    const text = readFileSync(file, "utf8");
    const declaration = /^export (?:declare )?(?:abstract )?(?:const|function|interface|type|class|enum) ([A-Za-z0-9_$]+)/gm;
    for (let match = declaration.exec(text); match !== null; match = declaration.exec(text)) {
      const before = text.slice(0, match.index);
      const commentEnd = before.lastIndexOf("*/");
      const commentStart = before.lastIndexOf("/**");
      const between = commentEnd >= 0 ? before.slice(commentEnd + 2).trim() : "";
      const comment = commentStart >= 0 && commentEnd > commentStart && between === "" ? before.slice(commentStart, commentEnd) : "";
      if (!comment.includes("@example") && !comment.includes("@internal")) missing.push(`${relative(srcDir, file)}: ${match[1]}`);
    }
  }
  return missing;
};

/**
 * Runs every `@example` of a package's source as a test, so that documentation cannot rot:
 * each block is written to `<package>/.examples/` (git-ignored) and imported. Output to the
 * console is silenced; an example that throws fails its test.
 */
export const testDocExamples = (packageDir: string): void => {
  const examples = findDocExamples(join(packageDir, "src"));
  const outDir = join(packageDir, ".examples");
  beforeAll(() => {
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
  });
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));
  describe("@example blocks run", () => {
    test("the package documents its exports with examples", ({ expect }) => {
      expect(examples.length).toBeGreaterThan(0);
      expect(findUndocumentedExports(join(packageDir, "src"))).toEqual([]);
    });
    examples.forEach((example, index) => {
      const where = `${relative(packageDir, example.file)}:${example.line}`;
      test(where, async () => {
        const path = join(outDir, `example-${index}.ts`);
        writeFileSync(path, `${example.code}\nexport {};\n`);
        const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
        try {
          await import(/* @vite-ignore */ pathToFileURL(path).href);
        } finally {
          log.mockRestore();
        }
      });
    });
  });
};
