import { describe, expect, test } from "vitest";
import * as Result from "effect/Result";
import { annexIFramework, validateFramework } from "@unsms/accountability";
import { FrameworkSchema } from "@unsms/accountability/schema";

const role = (letter: string) => annexIFramework.roles.find((candidate) => candidate.letter === letter)!;

describe("annexIFramework (A/61/531, Annex I)", () => {
  test("has the fourteen actors A–N in the Annex's order, with unique ids", () => {
    expect(annexIFramework.roles.map((r) => r.letter).join("")).toBe("ABCDEFGHIJKLMN");
    expect(new Set(annexIFramework.roles.map((r) => r.id)).size).toBe(14);
  });

  test("cites each actor to its paragraph of Annex I (¶3 for A … ¶17 for N)", () => {
    const paragraphs = annexIFramework.roles.map((r) => r.citation.location);
    expect(paragraphs).toEqual([
      "Annex I, ¶3",
      "Annex I, ¶4",
      "Annex I, ¶5 and footnote 1",
      "Annex I, ¶6",
      "Annex I, ¶7",
      "Annex I, ¶8",
      "Annex I, ¶9",
      "Annex I, ¶10",
      "Annex I, ¶11",
      "Annex I, ¶12",
      "Annex I, ¶13",
      "Annex I, ¶14",
      "Annex I, ¶16",
      "Annex I, ¶17",
    ]);
    for (const r of annexIFramework.roles) {
      expect(r.citation.document).toBe("A/61/531");
      for (const line of r.accountableTo) expect(line.citation.location).not.toBe("");
      for (const duty of r.duties) expect(duty.citation.document).not.toBe("");
      expect(r.duties.length).toBeGreaterThan(0);
    }
  });

  test("is well formed and matches its schema", () => {
    expect(Result.isSuccess(validateFramework(annexIFramework))).toBe(true);
    expect(FrameworkSchema.safeParse(annexIFramework).success).toBe(true);
  });

  test("the mission statement is ¶2's", () => {
    expect(annexIFramework.missionStatement.citation.location).toBe("Annex I, ¶2");
    expect(annexIFramework.missionStatement.value).toContain("security, safety and well-being of staff");
  });

  test("reads the lines of accountability as the report states them", () => {
    expect(role("A").accountableTo[0]?.to).toBe("member-states");
    expect(role("B").accountableTo[0]?.to).toBe("secretary-general");
    expect(role("E").accountableTo[0]).toMatchObject({ to: "secretary-general", through: "usg-dss" });
    expect(role("F").accountableTo[0]).toMatchObject({
      to: "secretary-general",
      through: "executive-head",
      organizationKinds: ["secretariat", "fund-or-programme"],
    });
    expect(role("G").accountableTo[0]).toMatchObject({ to: "designated-official", kind: "advises" });
    expect(role("H").accountableTo[0]?.to).toBe("designated-official");
    expect(role("I").accountableTo.map((l) => [l.kind, l.to])).toEqual([
      ["reports", "designated-official"],
      ["technical", "usg-dss"],
    ]);
    expect(role("J").accountableTo[0]?.to).toBe("designated-official");
    // ¶13: accountable to 本部门负责人, read (ours) as the head of the Department, the USG/DSS.
    expect(role("K").accountableTo[0]?.to).toBe("usg-dss");
    expect(role("K").citation.note).toContain("本部门负责人");
    expect(role("L").accountableTo[0]?.to).toBe("organization-representative");
    expect(role("M").accountableTo.map((l) => l.to)).toEqual(["designated-official", "area-security-coordinator"]);
    expect(role("N").accountableTo[0]?.to).toBe("executive-head");
  });

  test("¶5: only heads of funds and programmes (and Secretariat units) are accountable to the SG; specialized agencies and others recognize his coordinating role", () => {
    expect(role("C").accountableTo.map((l) => [l.kind, l.to, l.organizationKinds])).toEqual([
      ["accountable", "secretary-general", ["secretariat", "fund-or-programme"]],
      ["recognizes-coordination", "secretary-general", ["specialized-agency", "other"]],
    ]);
    expect(role("C").accountableTo[1]?.citation.note).toContain("World Bank");
    expect(role("C").accountableTo[1]?.description).toContain("without prejudice");
  });

  test("D is a senior security manager/official and/or headquarters focal point; H serves larger countries; E appoints wardens under ¶16", () => {
    expect(role("D").name).toBe("Senior security manager/official and/or headquarters security focal point");
    expect(role("H").appointment.requirements).toContain(
      "in a larger country, for an area remote from the capital in distance or communications",
    );
    expect(
      role("E")
        .duties.filter((d) => d.description.includes("wardens"))
        .map((d) => d.citation.location),
    ).toEqual(["Annex I, ¶16"]);
    expect(
      role("E")
        .duties.filter((d) => d.description.includes("Area Security Coordinators"))
        .map((d) => d.citation.location),
    ).toEqual(["Annex I, ¶10"]);
  });

  test("the host government holds the primary responsibility, outside the system (¶1); ¶18 is a duty of every role", () => {
    expect(annexIFramework.hostGovernment).toMatchObject({
      id: "host-government",
      citation: { location: "Annex I, ¶1" },
    });
    expect(
      annexIFramework.roles.some(
        (r) => r.id === "host-government" || r.accountableTo.some((l) => l.to === "host-government"),
      ),
    ).toBe(false);
    for (const r of annexIFramework.roles) expect(r.duties.at(-1)?.citation.location).toBe("Annex I, ¶18");
  });

  test("reads the appointments as the report states them", () => {
    expect(role("D").appointment).toMatchObject({ by: ["executive-head"], inWriting: false });
    expect(role("H").appointment).toMatchObject({
      by: ["designated-official"],
      inWriting: true,
      afterConsulting: ["security-management-team"],
    });
    expect(role("I").appointment).toMatchObject({ by: ["usg-dss"], requirements: ["a security professional"] });
    expect(role("J").appointment.afterConsulting).toEqual(["usg-dss", "organization-representative"]);
    expect(role("J").appointment.requirements).toContain("an international staff member");
    expect(role("M").appointment).toMatchObject({
      by: ["designated-official"],
      inWriting: true,
      afterConsulting: ["security-management-team"],
    });
    expect(role("L").duties.some((d) => d.citation.location === "Annex I, ¶15")).toBe(true);
  });

  test("¶13 is ambiguous: K's line says the USG/DSS is our reading and names the other (the person's own unit)", () => {
    for (const citation of [role("K").accountableTo[0]?.citation, role("K").citation]) {
      expect(citation?.location).toBe("Annex I, ¶13");
      expect(citation?.note).toContain("our reading");
      expect(citation?.note).toContain("本部门负责人");
      expect(citation?.note).toContain("own unit or department");
    }
  });

  test("¶9 says the SMT's members are 'normally' the DO, the heads and the CSA: listing them as requirements is our reading", () => {
    expect(role("G").description).toMatch(/^Normally/);
    expect(role("G").appointment.citation.note).toContain("normally");
    expect(role("G").appointment.citation.note).toContain("our reading");
  });

  test("says where it follows the later Framework of Accountability because the report is silent", () => {
    for (const letter of ["B", "E", "K"]) {
      expect(role(letter).appointment.citation.year).toBe(2011);
      expect(role(letter).appointment.citation.note).toMatch(/silent|says only/);
    }
    expect(role("D").accountableTo[0]?.citation.year).toBe(2011);
  });
});
