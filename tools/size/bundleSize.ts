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
    });
    const code = result.outputFiles[0]?.contents ?? new Uint8Array();
    return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length, errors: [] };
  } catch (error) {
    const errors = (error as { errors?: ReadonlyArray<{ text: string }> }).errors?.map((e) => e.text) ?? [
      String(error),
    ];
    return { minified: 0, gzipped: 0, errors };
  }
};
