import { readFileSync } from "node:fs";
import { fc, test } from "@fast-check/vitest";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { decodeInput, inputJsonSchema, inputSchemas, type InputName } from "@unsms/sdk/schema";

const example = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../../docs/examples/${path}`, import.meta.url), "utf8"));

const names = Object.keys(inputSchemas) as Array<InputName>;

describe("decodeInput", () => {
  it("accepts the shipped samples under their names", () => {
    const samples: ReadonlyArray<readonly [InputName, string]> = [
      ["accountability-check", "accountability/arrangement-valid.json"],
      ["risk-register", "risk/register.json"],
      ["compliance-inspection", "risk/inspection.json"],
      ["pass-request", "access-pass/staff.json"],
      ["coverage", "staffing/coverage.json"],
      ["cost-share", "cost-sharing/request.json"],
      ["staffing-table", "staffing/posts.json"],
      ["presence", "presence/presence.json"],
      ["equipment", "equipment/register.json"],
      ["surge-plan", "surge/plan.json"],
      ["surge-crisis-centre", "surge/crisis-centre.json"],
      ["training-check", "training/records.json"],
      ["accountability-check", "accountability/arrangement-uncertified.json"],
    ];
    for (const [name, file] of samples) {
      const result = decodeInput(name, example(file));
      expect(Result.isSuccess(result), `${name} ← ${file}`).toBe(true);
    }
  });

  it("lists every problem with its path", () => {
    const result = decodeInput("risk-register", { threats: "none" });
    expect(Result.isFailure(result)).toBe(true);
    if (Result.isFailure(result)) for (const issue of result.failure.issues) expect(issue.path).toMatch(/^\$/);
  });

  it("every input has a JSON Schema (an object or, for the pass register, an array)", () => {
    for (const name of names)
      expect(["object", "array"], name).toContain(Result.getOrThrow(inputJsonSchema(name))["type"]);
  });

  test.prop([fc.constantFrom(...names), fc.anything()])("never throws, whatever the input", (name, input) => {
    expect(() => decodeInput(name, input)).not.toThrow();
  });
});

describe("names that are not inputs", () => {
  test.prop([
    fc.oneof(
      fc.constantFrom("__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", ""),
      fc.string(),
      fc.anything(),
    ),
  ])("inputJsonSchema and decodeInput return a DecodeError naming the known inputs, never throw", (name) => {
    fc.pre(!(typeof name === "string" && Object.hasOwn(inputSchemas, name)));
    const results: ReadonlyArray<Result.Result<unknown, { readonly _tag: string; readonly message: string }>> = [
      inputJsonSchema(name as InputName),
      decodeInput(name as InputName, {}),
    ];
    for (const result of results) {
      expect(Result.isFailure(result)).toBe(true);
      if (Result.isFailure(result)) {
        expect(result.failure._tag).toBe("DecodeError");
        expect(result.failure.message).toContain("risk-register");
      }
    }
  });

  it('inputJsonSchema("__proto__") is an error value (it threw)', () => {
    expect(Result.isFailure(inputJsonSchema("__proto__" as InputName))).toBe(true);
  });
});
