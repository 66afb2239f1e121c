import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { unsmsOver } from "../support/unsms";
import { expectError } from "../support/expectError";

const examples = fileURLToPath(new URL("../../../../docs/examples/", import.meta.url));
const planText = readFileSync(`${examples}surge/plan.json`, "utf8");
const sample = JSON.parse(planText) as {
  roster: Array<Record<string, unknown>>;
  request: { needs: Array<{ id: string }> } & Record<string, unknown>;
};
const ownCourseText = readFileSync(`${examples}surge/own-course.json`, "utf8");
const ownCourse = JSON.parse(ownCourseText) as Record<string, unknown>;
const files = {
  "plan.json": planText,
  "met.json": JSON.stringify({
    ...sample,
    request: { ...sample.request, needs: sample.request.needs.filter((need) => need.id !== "stress-counselling") },
  }),
  "bad.json": JSON.stringify({ ...sample, request: { ...sample.request, notifiedAt: "2006-07-14 09:00" } }),
  "crisis.json": readFileSync(`${examples}surge/crisis-centre.json`, "utf8"),
  "own-course.json": ownCourseText,
  "no-catalogue.json": JSON.stringify({ ...ownCourse, catalogue: undefined }),
};

const unsms = unsmsOver(files);

describe("unsms surge plan", () => {
  test("the sample: {selected, unmet}, exit 1 because a need is unmet", async () => {
    const { code, stdout } = await unsms("surge", "plan", "--input", "plan.json", "--json");
    expect(code).toBe(1);
    const body = JSON.parse(stdout) as {
      selected: Array<{ officer: string; need: string; arrivesAt: string }>;
      unmet: Array<{ need: string; short: number; reason: string }>;
    };
    expect(Object.keys(body)).toEqual(["selected", "unmet"]);
    expect(body.selected.map((s) => s.officer)).toEqual(["fso-amman-1", "fso-amman-2", "fso-geneva-1", "fso-geneva-2"]);
    expect(body.selected[0]?.arrivesAt).toBe("2006-07-14T16:00:00.000Z");
    expect(body.unmet).toMatchObject([{ need: "stress-counselling", short: 1, reason: "too-few-eligible" }]);
  });

  test("every need met: exit 0, unmet []; the table says so", async () => {
    const json = await unsms("surge", "plan", "--input", "met.json", "--json");
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).unmet).toEqual([]);
    const text = await unsms("surge", "plan", "--input", "met.json");
    expect(text.stdout).toContain("Every need is met.");
    expect(text.stdout).toContain("fso-geneva-1");
  });

  test("a date without an offset is bad input: exit 2, the path in the error", async () => {
    const { code, stderr } = await unsms("surge", "plan", "--input", "bad.json", "--json");
    expect(code).toBe(2);
    expectError(stderr, "DecodeError", ["$.request.notifiedAt"]);
  });

  test("a course of the input's catalogue is read from it; without the catalogue it is refused: exit 2, naming it", async () => {
    const own = await unsms("surge", "plan", "--input", "own-course.json", "--json");
    expect(own.code).toBe(0);
    expect(JSON.parse(own.stdout).selected).toMatchObject([{ need: "medic", officer: "fso-amman-1" }]);
    const { code, stderr } = await unsms("surge", "plan", "--input", "no-catalogue.json", "--json");
    expect(code).toBe(2);
    expectError(stderr, "DecodeError", ["$.request.needs[0].courses[0]"]);
    expect(JSON.parse(stderr).error.issues[0].received).toBe('"first-aid"');
  });

  test("unsms schema surge-plan prints the JSON Schema of the input", async () => {
    const { code, stdout } = await unsms("schema", "surge-plan", "--json");
    expect(code).toBe(0);
    expect(JSON.parse(stdout).required).toEqual(["roster", "request"]);
  });
});

describe("unsms surge crisis-centre", () => {
  test("the sample: 2 desks need 11 officers, 7 on the roster", async () => {
    const { code, stdout } = await unsms("surge", "crisis-centre", "--input", "crisis.json", "--json");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      positions: 2,
      officers: 7,
      officersNeeded: 11,
      officersShort: 4,
      overtimeHoursPerWeek: { exact: "112" },
    });
  });
});
