import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findDocExamples } from "../../../tools/examples/findExamples.mjs";

// Every symbol an entry exports is declared in a public file (not under internal/) whose
// @example runs (test/docExamples.test.ts) and is type-checked (the typecheck target): an
// example in an internal file is never found, so it would neither run nor be checked.
const src = fileURLToPath(new URL("../src/", import.meta.url));
const withExamples = new Set(findDocExamples(src).map((example) => resolve(example.file)));

/** `[name, file]` of every `export { … } from "./…"` line, `[module, file]` of every `export * from "./…"`. */
const exportsOf = (entry: string): ReadonlyArray<readonly [string, string]> => {
  const text = readFileSync(join(src, entry), "utf8");
  const named = [...text.matchAll(/^export (?:type )?\{([^}]*)\} from "(\.[^"]+)";$/gm)].flatMap(([, names, from]) =>
    names!
      .split(",")
      .map((name) => name.replace(/^\s*type\s+/, "").trim())
      .filter((name) => name !== "")
      .map((name) => [name, resolve(src, `${from!}.ts`)] as const),
  );
  const all = [...text.matchAll(/^export (?:type )?\* from "(\.[^"]+)";$/gm)].map(
    ([, from]) => [from!, resolve(src, `${from!}.ts`)] as const,
  );
  return [...named, ...all];
};

describe.each(["index.ts", "schema.ts", "services.ts", "node.ts", "web.ts"])("src/%s", (entry) => {
  it.each(exportsOf(entry))("%s is declared in a public file with a runnable @example", (_name, file) => {
    expect(file).not.toMatch(/[/\\]internal[/\\]/);
    expect(withExamples.has(file)).toBe(true);
  });
});
