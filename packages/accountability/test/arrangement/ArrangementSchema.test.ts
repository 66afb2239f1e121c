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

  test("has a JSON Schema", () => {
    expect(toJsonSchema(ArrangementSchema)).toMatchObject({
      type: "object",
      required: expect.arrayContaining(["people", "appointments"]),
    });
  });
});
