import { readFileSync } from "node:fs";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { Surge, Training } from "@unsms/sdk";
import { decodeInput } from "@unsms/sdk/schema";

const example = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../docs/examples/${path}`, import.meta.url), "utf8"));

describe("the Surge and Training namespaces", () => {
  it("plan a deployment from the sample, end to end", () => {
    const input = Result.getOrThrow(decodeInput("surge-plan", example("surge/plan.json")));
    const plan = Result.getOrThrow(Surge.planDeployment(input.roster, input.request));
    expect(plan.selected).toHaveLength(4);
    expect(plan.unmet.map((unmet) => unmet.need)).toEqual(["stress-counselling"]);
  });

  it("check the sample training records for appointment as chief security adviser", () => {
    const input = Result.getOrThrow(decodeInput("training-check", example("training/records.json")));
    const at = new Date("2006-07-01T00:00:00Z");
    expect(
      input.records.map((record) => [
        record.person,
        Result.getOrThrow(Training.mayAppoint("chief-security-adviser", record, at)).allowed,
      ]),
    ).toEqual([
      ["sam", true],
      ["lea", false],
      ["omar", true],
    ]);
  });
});
