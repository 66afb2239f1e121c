import { describe, expect, test } from "vitest";
import * as Result from "effect/Result";
import { Accountability } from "@unsms/sdk";
import { decodeInput } from "@unsms/sdk/schema";

describe("Accountability through the sdk", () => {
  test("gives the framework, its chains and the arrangement check", () => {
    expect(Accountability.annexIFramework.roles).toHaveLength(14);
    const chain = Result.getOrThrow(Accountability.chainOfAccountability(Accountability.annexIFramework, "H"));
    expect(chain.map((link) => link.id)).toEqual([
      "area-security-coordinator",
      "designated-official",
      "usg-dss",
      "secretary-general",
      "member-states",
    ]);
    const arrangement = Result.getOrThrow(
      decodeInput("accountability-check", {
        dutyStation: "Nairobi",
        kind: "country",
        people: [{ id: "amara", name: "Amara Diallo", organization: "UNDP", international: true }],
        organizations: [{ id: "UNDP", name: "United Nations Development Programme", head: "amara" }],
        securityManagementTeam: { chair: "amara", members: [] },
        appointments: [{ role: "designated-official", person: "amara" }],
      }),
    );
    expect(Accountability.checkArrangement(arrangement).map((violation) => violation.code)).toEqual([
      "no-chief-security-adviser-or-focal-point",
    ]);
  });
});
