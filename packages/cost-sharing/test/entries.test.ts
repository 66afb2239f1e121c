import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const src = fileURLToPath(new URL("../src/", import.meta.url));

/** The modules a source file imports at run time (type-only imports are erased). */
const runtimeImports = (file: string): Array<string> => {
  const text = readFileSync(file, "utf8");
  const found: Array<string> = [];
  for (const match of text.matchAll(/^(?:import|export)\s+(type\s+)?[^;]*?from\s+"([^"]+)";/gms)) {
    const [, typeOnly, specifier] = match;
    if (typeOnly === undefined && specifier !== undefined) found.push(specifier);
  }
  return found;
};

/** Every package a source entry reaches at run time, following relative imports. */
const reachedPackages = (entry: string): Set<string> => {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const queue = [join(src, entry)];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of runtimeImports(file)) {
      if (specifier.startsWith("."))
        queue.push(`${resolve(dirname(file), specifier)}.ts`.replace(/\/kernel\.ts$/, "/kernel/index.ts"));
      else packages.add(specifier);
    }
  }
  return packages;
};

describe("entries (issue 11)", () => {
  it("the main entry and the batch entry load no zod and no schema module", () => {
    for (const entry of ["index.ts", "batch.ts"]) {
      const packages = [...reachedPackages(entry)];
      expect(packages.filter((name) => name === "zod" || name.endsWith("/schema"))).toEqual([]);
      expect(packages.filter((name) => name === "effect")).toEqual([]); // effect by subpath only
    }
  });

  it("the schema entry is where zod is", () => {
    expect(reachedPackages("schema.ts").has("zod")).toBe(true);
  });
});
