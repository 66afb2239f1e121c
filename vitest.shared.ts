import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { runsFactor } from "./tools/vitest/runsFactor.ts";

const packagesDir = fileURLToPath(new URL("./packages/", import.meta.url));

/**
 * The one vitest configuration every package uses: `@unsms/*` imports resolve to the
 * packages' sources (no build needed to test), tests live in `test/` mirroring `src/`,
 * and fast-check takes its seed from `FC_SEED`.
 */
export default defineConfig({
  resolve: {
    // `@unsms/x` is packages/x/src/index.ts, `@unsms/x/schema` packages/x/src/schema.ts.
    alias: [
      { find: /^@unsms\/([a-z-]+)$/, replacement: `${packagesDir}$1/src/index.ts` },
      { find: /^@unsms\/([a-z-]+)\/([a-z-]+)$/, replacement: `${packagesDir}$1/src/$2.ts` },
    ],
  },
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: [fileURLToPath(new URL("./tools/vitest/fast-check-seed.ts", import.meta.url))],
    reporters: ["default"],
    // Properties run 1 000 times each; on a busy two-core CI machine a file of them can
    // take far longer than vitest's 5 s default. Speed is measured by `npm run bench`.
    // `npm run fuzz` runs 100× the cases (FC_RUNS_FACTOR), with 100× the time.
    testTimeout: 60_000 * runsFactor(),
  },
});
