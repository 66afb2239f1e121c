import { readdirSync, readFileSync } from "node:fs";
import { fc, test } from "@fast-check/vitest";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { AccessPass, Accountability, describeAllowed, describeValue, ReferenceData, Risk } from "@unsms/sdk";
import { decodeInput, inputJsonSchema, inputSchemas, type InputName } from "@unsms/sdk/schema";

const example = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../../docs/examples/${path}`, import.meta.url), "utf8"));

const names = Object.keys(inputSchemas) as Array<InputName>;

/** As JSON, the way a file would bring it: dates as text, no prototypes. */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

// Every registered input, with the documents the guides give its command: the samples of
// docs/examples/, or the report's data a command uses when it is given no file. Keyed by
// InputName, so a new input does not type-check until its samples are listed here.
const guideSamples: { readonly [N in InputName]: ReadonlyArray<readonly [string, unknown]> } = {
  "accountability-check": [
    ["accountability/arrangement-valid.json", example("accountability/arrangement-valid.json")],
    ["accountability/arrangement-broken.json", example("accountability/arrangement-broken.json")],
    ["accountability/arrangement-uncertified.json", example("accountability/arrangement-uncertified.json")],
  ],
  "accountability-framework": [["Annex I (unsms accountability roles)", asJson(Accountability.annexIFramework)]],
  "compliance-inspection": [["risk/inspection.json", example("risk/inspection.json")]],
  "cost-share": [
    ["cost-sharing/request.json", example("cost-sharing/request.json")],
    ["cost-sharing/withheld.json", example("cost-sharing/withheld.json")],
  ],
  coverage: [["staffing/coverage.json", example("staffing/coverage.json")]],
  equipment: [["equipment/register.json", example("equipment/register.json")]],
  "pass-policy": [["the default policy (unsms pass issue)", asJson(AccessPass.defaultPassPolicy)]],
  "pass-register": [["access-pass/gate/register.json", example("access-pass/gate/register.json")]],
  "pass-request": readdirSync(new URL("../../../../docs/examples/access-pass/", import.meta.url))
    .filter((file) => file.endsWith(".json"))
    .map((file) => [`access-pass/${file}`, example(`access-pass/${file}`)] as const),
  "pass-workload": [["access-pass/workload/table2.json", example("access-pass/workload/table2.json")]],
  presence: [["presence/presence.json", example("presence/presence.json")]],
  "risk-matrix": [["the default matrix (unsms risk matrix)", asJson(Risk.DEFAULT_RISK_MATRIX)]],
  "risk-register": [["risk/register.json", example("risk/register.json")]],
  "staffing-table": [
    ["staffing/posts.json", example("staffing/posts.json")],
    ["the report's table (unsms staffing summary)", asJson(ReferenceData.dssStaffingTable)],
  ],
  "surge-crisis-centre": [["surge/crisis-centre.json", example("surge/crisis-centre.json")]],
  "surge-plan": [
    ["surge/plan.json", example("surge/plan.json")],
    ["surge/own-course.json", example("surge/own-course.json")],
  ],
  "training-check": [["training/records.json", example("training/records.json")]],
};

describe("every registered input accepts the documents the guides give its command", () => {
  const rows = names.flatMap((name) => guideSamples[name].map(([what, sample]) => [name, what, sample] as const));

  it("lists every registered input, and at least one document for each", () => {
    expect(Object.keys(guideSamples).sort()).toEqual([...names].sort());
    for (const name of names) expect(guideSamples[name].length, name).toBeGreaterThan(0);
  });

  it.each(rows)("%s ← %s: decodeInput accepts it", (name, _what, sample) => {
    const result = decodeInput(name, sample);
    expect(Result.isSuccess(result) ? [] : result.failure.issues.slice(0, 3)).toEqual([]);
  });

  it.each(rows)("%s ← %s: its JSON Schema is of the document's JSON type", (name, _what, sample) => {
    expect(Result.getOrThrow(inputJsonSchema(name))["type"]).toBe(Array.isArray(sample) ? "array" : "object");
  });
});

describe("decodeInput", () => {
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
        expect(result.failure.message).toContain('"accountability-check"');
      }
    }
  });

  it("names the allowed inputs as core lists allowed values: the first 12, then how many more", () => {
    const result = decodeInput("nope" as InputName, {});
    expect(Result.isFailure(result) && result.failure.issues).toEqual([
      {
        path: "name",
        expected: describeAllowed(Object.keys(inputSchemas).sort()),
        received: '"nope"',
        message: expect.any(String),
      },
    ]);
    expect(names.length).toBeGreaterThan(12);
    expect(Result.isFailure(result) && result.failure.message).toContain(`(and ${names.length - 12} more)`);
    const long = inputJsonSchema("x".repeat(1000) as InputName);
    expect(Result.isFailure(long) && long.failure.message.length).toBeLessThan(600);
    expect(Result.isFailure(long) && long.failure.issues[0]?.received).toBe(describeValue("x".repeat(1000)));
  });

  it('inputJsonSchema("__proto__") is an error value (it threw)', () => {
    expect(Result.isFailure(inputJsonSchema("__proto__" as InputName))).toBe(true);
  });
});
