import { describe, expect, test } from "vitest";
import { decode, toJsonSchema } from "@unsms/core/schema";
import * as Result from "effect/Result";
import { ArrangementSchema } from "@unsms/accountability/schema";
import { failureIssues } from "../../../../tools/vitest/failureIssues";
import { sampleText } from "../support/arrangements";

const valid = JSON.parse(sampleText("arrangement-valid.json"));

describe("ArrangementSchema", () => {
  test("accepts both samples", () => {
    for (const name of ["arrangement-valid.json", "arrangement-broken.json"]) {
      expect(Result.isSuccess(decode(ArrangementSchema, JSON.parse(sampleText(name))))).toBe(true);
    }
  });

  test("lists every dangling reference and duplicate id, with its path", () => {
    const input = {
      ...valid,
      people: [...valid.people, valid.people[0]],
      securityManagementTeam: { chair: "ghost", members: ["sam", "phantom"] },
      appointments: [...valid.appointments, { role: "warden", person: "lena", appointedBy: "nobody" }],
    };
    const result = decode(ArrangementSchema, input);
    expect(failureIssues(result).map((issue) => issue.message)).toEqual([
      '$.people[10].id: expected an id not used before in people, received "amara"',
      '$.securityManagementTeam.chair: expected the id of one of the people, received "ghost"',
      '$.securityManagementTeam.members[1]: expected the id of one of the people, received "phantom"',
      '$.appointments[6].appointedBy: expected the id of one of the people, received "nobody"',
    ]);
  });

  test("a peacekeeping mission must name its head of mission; roles are a closed list", () => {
    const mission = decode(ArrangementSchema, { ...valid, kind: "peacekeeping-mission" });
    expect(failureIssues(mission).map((issue) => issue.message)).toEqual([
      "$.headOfMission: expected the id of the head of mission (a peacekeeping mission names one), received nothing (missing)",
    ]);
    const role = decode(ArrangementSchema, { ...valid, appointments: [{ role: "sheriff", person: "amara" }] });
    expect(Result.isFailure(role) && role.failure.issues[0]?.path).toBe("$.appointments[0].role");
  });

  test("300 000 dangling references: the first 100 listed in order, every one counted, zod given 101 issues", () => {
    const appointments = Array.from({ length: 100_000 }, (_, i) => ({
      role: "warden",
      person: `x${i}`,
      appointedBy: `y${i}`,
      accountableTo: `z${i}`,
    }));
    const input = { ...valid, appointments };
    const result = decode(ArrangementSchema, input);
    const issues = failureIssues(result);
    expect(issues).toHaveLength(100);
    expect(issues.slice(0, 4).map((issue) => issue.path)).toEqual([
      "$.appointments[0].person",
      "$.appointments[0].appointedBy",
      "$.appointments[0].accountableTo",
      "$.appointments[1].person",
    ]);
    expect(Result.isFailure(result) && result.failure.omitted).toBe(300_000 - 100);
    // the check made a zod issue for each of the 300 000 before it was bounded
    const parsed = ArrangementSchema.safeParse(input);
    expect(parsed.success ? 0 : parsed.error.issues.length).toBe(101);
  });

  test("has a JSON Schema", () => {
    expect(toJsonSchema(ArrangementSchema)).toMatchObject({
      type: "object",
      required: expect.arrayContaining(["people", "appointments"]),
    });
  });
});
