import { defineConfig, type Options } from "tsup";

/**
 * The build every package shares: ESM + CJS + type declarations into dist/, for Node 20,
 * resolving other @unsms packages through their built dist (tsconfig.build.json).
 */
export const packageBuild = (entry: ReadonlyArray<string> = ["src/index.ts"]): Options =>
  defineConfig({
    entry: [...entry],
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    target: "node20",
    tsconfig: "tsconfig.build.json",
  }) as Options;
