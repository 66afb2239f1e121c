import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { testZodFreeEntries } from "../../../tools/vitest/zodFreeEntries";

testZodFreeEntries(fileURLToPath(new URL("..", import.meta.url)));

// The entries load no zod at run time (above), but their declarations name zod's types
// (core's branded ids, `z.infer` of the schemas): the guide must not promise "no zod" outright.
it("the guide says the entries need no zod at run time only, and zod stays a peer for the types", () => {
  const guide = readFileSync(fileURLToPath(new URL("../../../docs/guides/access-pass.md", import.meta.url)), "utf8");
  const rows = guide.split("\n").filter((line) => line.startsWith("| `@unsms/access-pass") && line.includes("no zod"));
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) expect(row).toContain("at run time");
  expect(guide).toContain("npm install @unsms/access-pass @unsms/core effect zod");
  expect(guide).toMatch(/zod stays a required peer for its types/);
});
