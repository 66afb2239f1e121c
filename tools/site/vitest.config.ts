import { defineConfig } from "vitest/config";

/**
 * The site's tests, run by `npm test` after the build and `npm run docs`: the guides'
 * shell blocks as written, and the built site in headless Chromium.
 */
export default defineConfig({
  test: {
    root: new URL(".", import.meta.url).pathname,
    include: ["*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
