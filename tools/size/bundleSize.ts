import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** What a bundle of a small app weighs, and the Node built-ins it tried to import. */
export interface BundleSize {
  readonly minified: number;
  readonly gzipped: number;
  readonly errors: ReadonlyArray<string>;
}

/**
 * Bundles `source` (an app: imports of built @unsms packages by their public names) for
 * the browser the way an app's bundler would — esbuild, platform "browser", ES modules,
 * minified, tree-shaken, effect and zod included — and weighs it: bytes minified and
 * gzipped (level 9). A Node built-in the bundle cannot resolve in a browser is an error.
 *
 * The workspace's tsconfig maps `@unsms/*` to the packages' sources (for the type checker
 * and vitest). An app's bundler sees only what is installed, so esbuild is given an empty
 * tsconfig here: each import resolves, as in an installed app, through `node_modules` to
 * the package's `exports` and its built `dist` — one file per entry, where a call at module
 * scope not marked pure is kept by every app that imports anything of that entry. (With the
 * workspace's tsconfig, core came from its 60 source files and its four rounding modes,
 * not marked pure, were dropped: the apportion-only app weighed 9 993 bytes here and 10 120
 * installed, until 2026-12-01.) A package's source in the bundle is an error.
 */
export const bundleSize = async (source: string): Promise<BundleSize> => {
  try {
    const result = await build({
      stdin: { contents: source, resolveDir: root, loader: "ts", sourcefile: "app.ts" },
      bundle: true,
      write: false,
      minify: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      logLevel: "silent",
      legalComments: "none",
      tsconfigRaw: "{}",
      metafile: true,
    });
    const code = result.outputFiles[0]?.contents ?? new Uint8Array();
    // what an installed app cannot see: a package's sources instead of its dist
    const sources = Object.keys(result.metafile.inputs).filter((input) => /(^|\/)packages\/[^/]+\/src\//.test(input));
    return {
      minified: code.length,
      gzipped: gzipSync(code, { level: 9 }).length,
      errors: sources.map((input) => `bundled a package's source, not its built dist: ${input}`),
    };
  } catch (error) {
    const errors = (error as { errors?: ReadonlyArray<{ text: string }> }).errors?.map((e) => e.text) ?? [
      String(error),
    ];
    return { minified: 0, gzipped: 0, errors };
  }
};
