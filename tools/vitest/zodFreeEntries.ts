import { build, type Plugin } from "esbuild";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const packagesDir = fileURLToPath(new URL("../../packages/", import.meta.url));

/**
 * Follows a source entry's run-time imports as a real build does (esbuild: type-only imports
 * are erased), through the workspace's `@unsms/*` packages' sources, and returns every
 * package it reaches outside the workspace (`zod`, `effect/Result`, `node:crypto`…) and the
 * number of workspace modules it holds.
 */
const reach = async (entry: string): Promise<{ readonly packages: ReadonlySet<string>; readonly modules: number }> => {
  const packages = new Set<string>();
  const workspace: Plugin = {
    name: "workspace",
    setup(builder) {
      builder.onResolve({ filter: /^[^./]/ }, (args) => {
        const unsms = /^@unsms\/([a-z-]+)(?:\/([a-z-]+))?$/.exec(args.path);
        if (unsms !== null) return { path: join(packagesDir, unsms[1] ?? "", "src", `${unsms[2] ?? "index"}.ts`) };
        packages.add(args.path);
        return { path: args.path, external: true };
      });
    },
  };
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    format: "esm",
    platform: "neutral",
    logLevel: "silent",
    plugins: [workspace],
  });
  return { packages, modules: Object.keys(result.metafile.inputs).length };
};

/**
 * The package shape of issue 11, tested for one package: every entry of its package.json
 * `exports` but `./schema` (`.`, and `./batch`, `./node`… where there are such) reaches no
 * zod at run time — neither zod itself nor another package's `/schema` entry — and imports
 * effect by subpath only; the `./schema` entry, where there is one, is where zod is.
 * Call it from a test file with the package's directory:
 * `testZodFreeEntries(fileURLToPath(new URL("..", import.meta.url)))`.
 */
export const testZodFreeEntries = (packageDir: string): void => {
  const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as {
    readonly name: string;
    readonly exports?: Readonly<Record<string, unknown>>;
  };
  const entries = Object.keys(manifest.exports ?? { ".": "" }).filter((key) => key !== "./package.json");
  const sourceOf = (key: string): string => join(packageDir, "src", key === "." ? "index.ts" : `${key.slice(2)}.ts`);
  describe(`the entries of ${manifest.name} (issue 11)`, () => {
    for (const key of entries.filter((name) => name !== "./schema"))
      it(`${key === "." ? manifest.name : `${manifest.name}/${key.slice(2)}`} loads no zod, and effect by subpath only`, async () => {
        const { packages, modules } = await reach(sourceOf(key));
        expect(modules).toBeGreaterThan(0);
        expect(
          [...packages].filter((name) => name === "zod" || name.startsWith("zod/") || name.endsWith("/schema")),
        ).toEqual([]);
        expect([...packages].filter((name) => name === "effect")).toEqual([]);
      });
    if (entries.includes("./schema"))
      it(`${manifest.name}/schema is where zod is`, async () => {
        expect((await reach(sourceOf("./schema"))).packages.has("zod")).toBe(true);
      });
  });
};
