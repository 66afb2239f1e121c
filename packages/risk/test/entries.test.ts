import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as Risk from "@unsms/risk";
import { testZodFreeEntries } from "../../../tools/vitest/zodFreeEntries";
import { oneImportApp } from "../../../tools/vitest/oneImportApp";

testZodFreeEntries(fileURLToPath(new URL("..", import.meta.url)));

describe("the main entry keeps nothing at module scope that a bundler cannot drop", () => {
  const entry = fileURLToPath(new URL("../src/index.ts", import.meta.url));

  it("an app that imports the entry and uses none of it keeps no code of it", async () => {
    // it kept effect's Order.combineAll (assessRegister), a spread of the phases
    // (situationIssue) and TRAINING_RULES, with an import of the training catalogue
    expect(await oneImportApp(entry)).toBe("");
  });

  // every exported list of names or numbers (SECURITY_PHASE_NUMBERS, …): an app of one
  // keeps that list and imports nothing
  const lists = Object.entries(Risk).filter(
    ([, value]) => Array.isArray(value) && value.every((item) => typeof item === "string" || typeof item === "number"),
  );

  it.each(lists)("an app of %s keeps that list alone", async (name, value) => {
    const app = await oneImportApp(entry, name);
    expect(app).not.toContain("import");
    expect(app).toContain(JSON.stringify(value));
    expect(app.replace(JSON.stringify(value), "").length).toBeLessThan(40);
  });
});
