import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { run } from "@unsms/cli";
import { fakeIo } from "../support/fakeIo";
import { expectError } from "../support/expectError";

const examples = fileURLToPath(new URL("../../../../docs/examples/accountability/", import.meta.url));
const files = { "uncertified.json": readFileSync(`${examples}arrangement-uncertified.json`, "utf8") };

describe("unsms accountability check: certification (A/61/531 ¶22)", () => {
  test("an uncertified chief security adviser: exit 1, a violation whose code contains certif, citing ¶22", async () => {
    const fake = fakeIo(files);
    const code = await run(["accountability", "check", "--input", "uncertified.json", "--json"], fake.io);
    expect(code).toBe(1);
    const body = JSON.parse(fake.stdout()) as {
      ok: boolean;
      violations: Array<{ code: string; people: Array<string>; citation: { location: string } }>;
    };
    expect(body.ok).toBe(false);
    expect(body.violations).toHaveLength(1);
    expect(body.violations[0]?.code).toContain("certif");
    expect(body.violations[0]).toMatchObject({ people: ["sam"], citation: { document: "A/61/531", location: "¶22" } });
  });

  test("a date without an offset in training.asOf is bad input: exit 2", async () => {
    const raw = JSON.parse(files["uncertified.json"]);
    const fake = fakeIo({
      "bad.json": JSON.stringify({ ...raw, training: { ...raw.training, asOf: "2006-07-01T09:00:00" } }),
    });
    const code = await run(["accountability", "check", "--input", "bad.json", "--json"], fake.io);
    expect(code).toBe(2);
    expectError(fake.stderr(), "DecodeError", ["$.training.asOf"]);
  });
});
