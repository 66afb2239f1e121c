import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const source = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** Every module a bundle of `entry` holds (type-only imports are erased, as in a real build). */
const modulesOf = async (entry: string): Promise<ReadonlyArray<string>> => {
  const result = await build({
    entryPoints: [source(entry)],
    bundle: true,
    write: false,
    metafile: true,
    format: "esm",
    platform: "neutral",
    logLevel: "silent",
    alias: {
      "@unsms/core": source("../../core/src/index.ts"),
      "@unsms/core/schema": source("../../core/src/schema.ts"),
    },
  });
  return Object.keys(result.metafile.inputs);
};

describe("the entries of @unsms/staffing", () => {
  it("the main entry loads no zod (issue 11): the schemas are @unsms/staffing/schema", async () => {
    const modules = await modulesOf("../src/index.ts");
    expect(modules.length).toBeGreaterThan(10);
    expect(modules.filter((module) => module.includes("node_modules/zod"))).toEqual([]);
  });

  it("the schema entry is where zod is", async () => {
    const modules = await modulesOf("../src/schema.ts");
    expect(modules.some((module) => module.includes("node_modules/zod"))).toBe(true);
  });
});
