import { describe, expect, test } from "vitest";
import { decode, toJsonSchema } from "@unsms/core/schema";
import * as Result from "effect/Result";
import { ArrangementSchema } from "@unsms/accountability/schema";
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
    expect(Result.isFailure(result) && result.failure.issues.map((issue) => issue.path)).toEqual([
      "$.people[10].id",
      "$.securityManagementTeam.chair",
      "$.securityManagementTeam.members[1]",
      "$.appointments[6].appointedBy",
    ]);
  });

  test("a peacekeeping mission must name its head of mission; roles are a closed list", () => {
    const mission = decode(ArrangementSchema, { ...valid, kind: "peacekeeping-mission" });
    expect(Result.isFailure(mission) && mission.failure.issues[0]?.path).toBe("$.headOfMission");
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
