import { defineConfig, type Options } from "tsup";

/**
 * The build every package shares: ES modules + type declarations into dist/, one file per
 * entry (`src/index.ts` for `.`, `src/schema.ts` for `./schema`, …), resolving other @unsms
 * packages through their built dist (tsconfig.build.json).
 *
 * ESM only: Node ≥ 20.19 loads it with `require()` too, and one format means one copy of
 * each error class (`instanceof` holds whichever way a package was loaded).
 */
export const packageBuild = (entry: ReadonlyArray<string> = ["src/index.ts"]): Options =>
  defineConfig({
    entry: [...entry],
    format: ["esm"],
    dts: true,
    clean: true,
    target: "es2022",
    tsconfig: "tsconfig.build.json",
  }) as Options;
