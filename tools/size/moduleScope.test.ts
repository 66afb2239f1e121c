import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { build, type Plugin } from "esbuild";
import { describe, expect, it } from "vitest";
import { minifiedApp } from "../vitest/oneImportApp";
import { libraries, packagesDir } from "./libraries";

// Nothing at module scope that a bundler cannot drop (the developers' rule), checked on what
// is published: each entry's built file, as an app's bundler meets it. A package's
// `"sideEffects": false` lets a bundler drop an entry that an app does not import from at
// all; but the entry is one file, so once an app imports anything of it, every statement of
// that file that is not a declaration or a call marked pure is kept — a `new Set(list)`,
// a spread, a helper called at module scope. Loading the entry for its side effects alone
// (dependencies left as imports, free of side effects as their manifests say) leaves exactly
// those statements: there must be none. The `/schema` entries are the boundary: their zod
// schemas are built when the entry loads, and apps that decode want them all. The sdk's
// main entry only re-exports (a bundler keeps its namespace objects, not code of its own).

/** The file an entry's conditions name for an importer (`import`, `default` or `node`). */
const builtFile = (conditions: unknown): string | undefined => {
  if (typeof conditions === "string") return conditions;
  if (typeof conditions !== "object" || conditions === null) return undefined;
  const named = conditions as Record<string, unknown>;
  for (const key of ["import", "default", "node"]) {
    const found = builtFile(named[key]);
    if (found !== undefined) return found;
  }
  return undefined;
};

const loadedForItsEffects = (file: string): Plugin => ({
  name: "loaded-for-its-effects",
  setup(builder) {
    builder.onResolve({ filter: /^entry$/ }, () => ({ path: file, sideEffects: true }));
    // the entry's chunks too: once an app uses one of their exports, their statements are kept
    builder.onResolve({ filter: /^\.\.?\// }, (args) => ({
      path: resolve(dirname(args.importer), args.path),
      sideEffects: true,
    }));
    builder.onResolve({ filter: /^[^./]/ }, (args) => ({ path: args.path, external: true, sideEffects: false }));
  },
});

/** What an app keeps of `file` when it imports it and uses nothing (minified). */
const keptOf = async (file: string): Promise<string> => {
  const built = await build({
    stdin: { contents: `import "entry";`, loader: "js" },
    ...minifiedApp,
    plugins: [loadedForItsEffects(file)],
  });
  return built.outputFiles[0]?.text ?? "";
};

describe("each built entry keeps no code of its own when nothing of it is used", () => {
  // the sdk's main entry only re-exports: a bundler keeps its namespace objects
  for (const dir of libraries.filter((name) => name !== "sdk")) {
    const manifest = JSON.parse(readFileSync(`${packagesDir}${dir}/package.json`, "utf8")) as {
      name: string;
      exports: Record<string, unknown>;
    };
    for (const [entry, conditions] of Object.entries(manifest.exports)) {
      const file = builtFile(conditions);
      if (entry === "./package.json" || entry.endsWith("schema") || file === undefined) continue;
      const specifier = entry === "." ? manifest.name : `${manifest.name}/${entry.slice(2)}`;
      it(specifier, async () => {
        expect(await keptOf(`${packagesDir}${dir}/${file}`)).toBe("");
      });
    }
  }
});
