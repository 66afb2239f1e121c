import { appendFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { renderLogged } from "./renderLogged";

import {
  findDocExamples,
  findMarkdownExamples,
  findUndocumentedExports,
  markdownFiles,
  type DocExample,
} from "../examples/findExamples.mjs";

export { findDocExamples, findMarkdownExamples, findUndocumentedExports, type DocExample };

/** A `console.log(…) // what it prints` line: the call's opening and the comment. */
const LOGGED = /^(.*?)console\.log\((.*\))\s*\/\/\s*(.+?)\s*$/;

/** `console.log(` on lines that say what they print becomes a call that records it. */
const instrument = (code: string): { readonly code: string; readonly expected: Map<number, string> } => {
  const expected = new Map<number, string>();
  const source = code.split("\n");
  const comment = (index: number): string | undefined => /^\s*\/\/\s*(.+?)\s*$/.exec(source[index] ?? "")?.[1];
  const lines = source.map((line, index) => {
    // the comment at the end of the line, or alone on the next line (a longer one is prose)
    const match = LOGGED.exec(line) ?? /^(.*?)console\.log\((.*\))\s*()$/.exec(line);
    const text = match?.[3] || (comment(index + 2) === undefined ? comment(index + 1) : undefined);
    if (match === null || text === undefined) return line;
    expected.set(index, text);
    return `${match[1]}globalThis.__unsmsLogged(${index}, ${match[2]}`;
  });
  return { code: lines.join("\n"), expected };
};

/** Whether `printed` fits `pattern`, where `…` (or `...`) stands for any text left out. */
const fits = (pattern: string, printed: string): boolean => {
  const parts = pattern.split(/…|\.\.\./);
  if (parts.length === 1) return pattern === printed;
  const first = parts[0] as string;
  const last = parts[parts.length - 1] as string;
  if (!printed.startsWith(first) || !printed.endsWith(last) || first.length + last.length > printed.length)
    return false;
  let at = first.length;
  for (const part of parts.slice(1, -1)) {
    const found = printed.indexOf(part, at);
    if (found < 0 || found + part.length > printed.length - last.length) return false;
    at = found + part.length;
  }
  return true;
};

/**
 * The comment says what is printed: the same text, where `…` leaves something out, maybe
 * followed by a note in parentheses — `// "84" (¶41)`, `// { key: "DSS", …, fillRate: "84", … }`.
 */
const saysWhatIsPrinted = (comment: string, printed: string): boolean => {
  if (fits(comment, printed)) return true;
  const note = comment.lastIndexOf(" (");
  return comment.endsWith(")") && note > 0 && fits(comment.slice(0, note), printed);
};

/**
 * Runs each example as a test: written to `outDir` (git-ignored) and imported. Output to
 * the console is silenced; an example that throws fails its test, and so does a
 * `console.log(…) // comment` line that never runs or prints something other than its
 * comment says (see `saysWhatIsPrinted`). With `DOC_LOG_REPORT=<file>` those mismatches
 * are appended to the file instead of failing, to fix many at once.
 */
const runExamples = (title: string, examples: ReadonlyArray<DocExample>, outDir: string, relativeTo: string): void => {
  beforeAll(() => {
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
  });
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));
  describe(title, () => {
    examples.forEach((example, index) => {
      const where = `${relative(relativeTo, example.file)}:${example.line}`;
      test(where, async () => {
        const path = join(outDir, `example-${index}.ts`);
        const { code, expected } = instrument(example.code);
        writeFileSync(path, `${code}\nexport {};\n`);
        const printed = new Map<number, string>();
        const hooks = globalThis as { __unsmsLogged?: (line: number, ...args: Array<unknown>) => void };
        hooks.__unsmsLogged = (line, ...args) => {
          if (!printed.has(line)) printed.set(line, renderLogged(args));
        };
        const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
        try {
          await import(/* @vite-ignore */ pathToFileURL(path).href);
        } finally {
          log.mockRestore();
          delete hooks.__unsmsLogged;
        }
        // each `console.log(…) // comment` runs and prints what its comment says (the first time)
        const wrong = [...expected]
          .filter(([line, text]) => !printed.has(line) || !saysWhatIsPrinted(text, printed.get(line) as string))
          .map(([line, text]) => {
            const at = `${where.replace(/:\d+$/, "")}:${example.line + line + 1}`;
            return printed.has(line)
              ? `${at}: the comment says ${text}, it prints ${printed.get(line)}`
              : `${at}: the comment says ${text}, it never prints`;
          });
        if (process.env["DOC_LOG_REPORT"] !== undefined) {
          if (wrong.length > 0) appendFileSync(process.env["DOC_LOG_REPORT"], `${wrong.join("\n")}\n`);
        } else expect(wrong).toEqual([]);
      });
    });
  });
};

/**
 * Runs every `@example` of a package's source as a test, so that documentation cannot rot
 * (each block written to `<package>/.examples/` and imported), and fails when an exported
 * declaration has no `@example`.
 */
export const testDocExamples = (packageDir: string): void => {
  const examples = findDocExamples(join(packageDir, "src"));
  test("the package documents its exports with examples", ({ expect }) => {
    expect(examples.length).toBeGreaterThan(0);
    expect(findUndocumentedExports(join(packageDir, "src"))).toEqual([]);
  });
  runExamples("@example blocks run", examples, join(packageDir, ".examples"), packageDir);
};

/**
 * Runs every ```ts block of the repository's guides (`docs/guides/*.md`) and READMEs as a
 * test, from `<package>/.guides/` (git-ignored), so they cannot rot either. Paths to
 * `docs/…` in the code, relative to the repository's root as a reader would run them, are
 * made absolute.
 */
export const testGuideExamples = (packageDir: string, root: string): void => {
  const files = markdownFiles(root).filter((file) => existsSync(file));
  const examples = findMarkdownExamples(files).map((example) => ({
    ...example,
    code: example.code.replace(/(["'])(?:\.\/)?docs\//g, (_, quote: string) => `${quote}${join(root, "docs")}/`),
  }));
  test("the guides and READMEs have code to run", ({ expect }) => {
    expect(examples.length).toBeGreaterThan(0);
  });
  runExamples("guide and README code blocks run", examples, join(packageDir, ".guides"), root);
};
