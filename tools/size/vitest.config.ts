import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * The size budgets (`tools/size/*.test.ts`): run by `@unsms/sdk`'s `check` target, after
 * every package is built, because they weigh the built packages as an app would import
 * them. Bytes are deterministic, so a budget exceeded fails `npm test`.
 */
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  test: {
    include: ["*.test.ts"],
    reporters: ["default"],
    testTimeout: 120_000,
  },
});
