import { fc, test as prop } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { arrangementRules, checkArrangement, violationCodes, type Arrangement } from "@unsms/accountability";
import { sample } from "../support/arrangements";

const base: Arrangement = sample("arrangement-valid");
const codes = (arrangement: Arrangement) => checkArrangement(arrangement).map((violation) => violation.code);
const appointment = (role: string) => base.appointments.findIndex((x) => x.role === role);
const patch = (index: number, change: object): Arrangement => ({
  ...base,
  appointments: base.appointments.map((x, i) => (i === index ? { ...x, ...change } : x)),
});

describe("checkArrangement on the samples", () => {
  test("arrangement-valid.json breaks nothing", () => {
    expect(checkArrangement(base)).toEqual([]);
  });

  test("arrangement-broken.json breaks the rules it was written to break", () => {
    const violations = checkArrangement(sample("arrangement-broken"));
    expect(violations.map((v) => [v.code, v.people])).toEqual([
      ["mission-head-not-designated-official", ["olga"]],
      ["smt-not-chaired-by-designated-official", ["olga"]],
      ["smt-missing-organization-head", ["kofi"]],
      ["focal-point-not-international", ["jean"]],
      ["focal-point-not-appointed-in-writing-by-designated-official", ["jean"]],
      ["area-security-coordinator-not-appointed-in-writing-by-designated-official", ["lena", "kofi"]],
      ["warden-not-appointed-in-writing-by-designated-official", ["fatmata"]],
      ["acting-chief-security-adviser-without-terms-of-reference", ["tom"]],
      ["accountable-to-wrong-person", ["lena", "kofi"]],
      ["accountable-to-wrong-person", ["tom", "amara"]],
    ]);
    expect(violations[2]).toMatchObject({
      organizations: ["UNICEF"],
      citation: { document: "A/61/531", location: "Annex I, ¶9" },
    });
    expect(violations[0]?.message).toBe(
      "the head of mission, Olga Petrova (olga), is not the Designated Official of the peacekeeping mission UN mission in the Lakes region",
    );
  });
});

describe("each rule", () => {
  test("no DO; several DOs", () => {
    expect(codes({ ...base, appointments: base.appointments.filter((x) => x.role !== "designated-official") })).toEqual(
      ["no-designated-official"],
    );
    const two = checkArrangement({
      ...base,
      appointments: [...base.appointments, { role: "designated-official", person: "kofi" }],
    });
    expect(two.map((v) => [v.code, v.people])).toEqual([
      ["several-designated-officials", ["amara"]],
      ["several-designated-officials", ["kofi"]],
    ]);
  });

  test("the SMT: chair, organization heads, CSA, focal point", () => {
    expect(
      codes({
        ...base,
        securityManagementTeam: { chair: "kofi", members: ["amara", "sam", "maria", "hana", "grace"] },
      }),
    ).toEqual(["smt-not-chaired-by-designated-official"]);
    expect(
      codes({
        ...base,
        securityManagementTeam: { chair: null, members: ["amara", "sam", "kofi", "maria", "hana", "grace"] },
      }),
    ).toEqual(["smt-not-chaired-by-designated-official"]);
    expect(
      codes({ ...base, securityManagementTeam: { chair: "amara", members: ["kofi", "maria", "hana", "grace"] } }),
    ).toEqual(["smt-missing-chief-security-adviser"]);
    const missing = checkArrangement({ ...base, securityManagementTeam: { chair: "amara", members: ["sam"] } });
    // ¶9 names the head of *each* UN organization present: a specialized agency's head too (WHO), whatever ¶5 says of its line
    expect(missing.map((v) => v.organizations)).toEqual([["WHO"], ["UNHCR"], ["UNICEF"], ["WFP"]]);
    const withFocalPoint = patch(appointment("chief-security-adviser"), {
      role: "country-security-focal-point",
      person: "lena",
      appointedBy: "amara",
      inWriting: true,
    });
    expect(codes(withFocalPoint)).toEqual(["smt-missing-focal-point"]);
  });

  test("CSA, focal point and acting CSA", () => {
    const noAdviser = { ...base, appointments: base.appointments.filter((x) => x.role !== "chief-security-adviser") };
    expect(codes(noAdviser)).toEqual(["no-chief-security-adviser-or-focal-point"]);
    const focalPoint = {
      role: "country-security-focal-point" as const,
      person: "kofi",
      appointedBy: "amara",
      inWriting: true,
    };
    expect(codes({ ...noAdviser, appointments: [...noAdviser.appointments, focalPoint] })).toEqual([]);
    expect(codes({ ...base, appointments: [...base.appointments, focalPoint] })).toEqual([
      "focal-point-where-chief-security-adviser-exists",
    ]);
    expect(
      codes({ ...noAdviser, appointments: [...noAdviser.appointments, { ...focalPoint, person: "fatmata" }] }),
    ).toEqual(["smt-missing-focal-point", "focal-point-not-international"]);
    expect(
      codes({ ...noAdviser, appointments: [...noAdviser.appointments, { ...focalPoint, inWriting: false }] }),
    ).toEqual(["focal-point-not-appointed-in-writing-by-designated-official"]);
    const acting = {
      role: "acting-chief-security-adviser" as const,
      person: "tom",
      appointedBy: "amara",
      inWriting: true,
      termsOfReference: true,
    };
    expect(codes({ ...noAdviser, appointments: [...noAdviser.appointments, acting] })).toEqual([]);
    expect(
      codes({
        ...noAdviser,
        appointments: [...noAdviser.appointments, { ...acting, inWriting: false, termsOfReference: false }],
      }),
    ).toEqual([
      "acting-chief-security-adviser-not-confirmed-in-writing-by-designated-official",
      "acting-chief-security-adviser-without-terms-of-reference",
    ]);
    expect(codes({ ...base, appointments: [...base.appointments, acting] })).toEqual([
      "acting-chief-security-adviser-where-chief-security-adviser-exists",
    ]);
  });

  test("ASCs and wardens are appointed in writing by the DO", () => {
    const asc = appointment("area-security-coordinator");
    expect(codes(patch(asc, { inWriting: false }))).toEqual([
      "area-security-coordinator-not-appointed-in-writing-by-designated-official",
    ]);
    const byOther = checkArrangement(patch(asc, { appointedBy: "kofi" }));
    expect(byOther.map((v) => v.people)).toEqual([["lena", "kofi"]]);
    expect(byOther[0]?.message).toBe(
      "Lena Berg (lena) is Area Security Coordinator (Bo and Kenema) on an appointment by Kofi Mensah (kofi), not the Designated Official",
    );
    const { appointedBy: _, ...unnamed } = base.appointments[appointment("warden")]!;
    expect(
      codes({ ...base, appointments: base.appointments.map((x, i) => (i === appointment("warden") ? unnamed : x)) }),
    ).toEqual(["warden-not-appointed-in-writing-by-designated-official"]);
  });

  test("appointees accountable to the wrong person", () => {
    expect(codes(patch(appointment("chief-security-adviser"), { accountableTo: "kofi" }))).toEqual([
      "accountable-to-wrong-person",
    ]);
    expect(codes(patch(appointment("agency-security-officer"), { accountableTo: "amara" }))).toEqual([
      "accountable-to-wrong-person",
    ]);
    expect(codes(patch(appointment("warden"), { accountableTo: "lena" }))).toEqual([]);
    expect(codes(patch(appointment("warden"), { accountableTo: "sam" }))).toEqual(["accountable-to-wrong-person"]);
    const { accountableTo: _, ...silent } = base.appointments[appointment("area-security-coordinator")]!;
    expect(
      codes({
        ...base,
        appointments: base.appointments.map((x, i) => (i === appointment("area-security-coordinator") ? silent : x)),
      }),
    ).toEqual([]);
  });

  test("many DOs: each message names the first 5 and counts the rest, so the output grows with the DOs, not their square", () => {
    const designatedOfficials = (n: number): Arrangement => ({
      ...base,
      appointments: [
        ...base.appointments,
        ...Array.from({ length: n }, (_, k) => ({ role: "designated-official" as const, person: `do${k}` })),
      ],
    });
    const seven = checkArrangement(designatedOfficials(6));
    expect(seven.map((v) => v.people[0])).toEqual(["amara", "do0", "do1", "do2", "do3", "do4", "do5"]);
    expect(seven[0]?.message).toBe(
      "Amara Diallo (amara) is one of 7 Designated Officials of Sierra Leone: Amara Diallo (amara), do0, do1, do2, do3 and 2 more",
    );
    const many = checkArrangement(designatedOfficials(4_000)).filter((v) => v.code === "several-designated-officials");
    expect(many).toHaveLength(4_001);
    for (const violation of many) {
      expect(violation.people).toHaveLength(1);
      expect(violation.message.length).toBeLessThan(200);
    }
  });

  test("a warden accountable to the wrong person, in a station of many ASCs: the message names the first 5 it should answer to", () => {
    const warden = appointment("warden");
    const ascs = Array.from({ length: 3_000 }, (_, k) => ({
      role: "area-security-coordinator" as const,
      person: `asc${k}`,
      appointedBy: "amara",
      inWriting: true,
      accountableTo: "amara",
    }));
    const violations = checkArrangement({
      ...base,
      appointments: [...base.appointments.map((x, i) => (i === warden ? { ...x, accountableTo: "sam" } : x)), ...ascs],
    });
    expect(violations.map((v) => [v.code, v.people])).toEqual([
      ["accountable-to-wrong-person", [base.appointments[warden]!.person, "sam"]],
    ]);
    expect(violations[0]?.message).toMatch(
      /, warden, is made accountable to Sam Okafor \(sam\) instead of Amara Diallo \(amara\), asc0, asc1, asc10, asc100 and 2997 more$/,
    );
  });

  test("one CSA beside a focal point: the message names the CSA", () => {
    const violations = checkArrangement({
      ...base,
      appointments: [
        ...base.appointments,
        { role: "country-security-focal-point", person: "kofi", appointedBy: "amara", inWriting: true },
      ],
    });
    expect(violations.map((v) => v.message)).toEqual([
      "Kofi Mensah (kofi) is Country Security Focal Point although Sam Okafor (sam) is Chief Security Adviser",
    ]);
  });

  test("5 000 CSAs beside 5 000 focal points and 5 000 acting CSAs: each message names the first 5 CSAs and counts the rest", () => {
    const n = 5_000;
    const advisers = Array.from({ length: n }, (_, k) => `csa${String(k).padStart(4, "0")}`);
    const focalPoints = Array.from({ length: n }, (_, k) => `fp${k}`);
    const acting = Array.from({ length: n }, (_, k) => `acting${k}`);
    const people = [...advisers, ...focalPoints, ...acting].map((id) => ({
      id,
      name: `Person ${id}`,
      organization: "DSS",
      international: true,
    }));
    const violations = checkArrangement({
      ...base,
      people: [...base.people, ...people],
      securityManagementTeam: {
        ...base.securityManagementTeam,
        members: [...base.securityManagementTeam.members, ...advisers, ...focalPoints, ...acting],
      },
      appointments: [
        ...base.appointments.filter((x) => x.role !== "chief-security-adviser"),
        ...advisers.map((person) => ({ role: "chief-security-adviser" as const, person, accountableTo: "amara" })),
        ...focalPoints.map((person) => ({
          role: "country-security-focal-point" as const,
          person,
          appointedBy: "amara",
          inWriting: true,
        })),
        ...acting.map((person) => ({
          role: "acting-chief-security-adviser" as const,
          person,
          appointedBy: "amara",
          inWriting: true,
          termsOfReference: true,
        })),
      ],
    });
    const besides = violations.filter((v) => v.code.endsWith("-where-chief-security-adviser-exists"));
    expect(besides).toHaveLength(2 * n);
    expect(besides[0]?.message).toBe(
      "Person fp0 (fp0) is Country Security Focal Point although Person csa0000 (csa0000), Person csa0001 (csa0001), Person csa0002 (csa0002), Person csa0003 (csa0003), Person csa0004 (csa0004) and 4995 more are Chief Security Advisers",
    );
    // each message bounded, so all of them linear in the arrangement (it was advisers × focal points: 5 000 × 10 000 names)
    expect(besides.reduce((longest, v) => Math.max(longest, v.message.length), 0)).toBeLessThan(300);
    expect(JSON.stringify(violations).length).toBeLessThan(violations.length * 600);
  });

  prop.prop([fc.integer({ min: 2, max: 40 })])(
    "n DOs give n several-designated-officials violations, each naming its DO, min(n, 5) DOs in its message and the count of the rest",
    (n) => {
      const violations = checkArrangement({
        ...base,
        appointments: [
          ...base.appointments.filter((x) => x.role !== "designated-official"),
          ...Array.from({ length: n }, (_, k) => ({ role: "designated-official" as const, person: `do${k}` })),
        ],
      }).filter((v) => v.code === "several-designated-officials");
      expect(violations).toHaveLength(n);
      for (const violation of violations) {
        const [, listed = ""] = violation.message.split(": ");
        expect(violation.message.startsWith(`${violation.people[0]} is one of ${n} Designated Officials`)).toBe(true);
        expect(listed.split(/, | and /).filter((part) => part.startsWith("do"))).toHaveLength(Math.min(n, 5));
        expect(listed.endsWith(n > 5 ? ` and ${n - 5} more` : `do${n - 1}`)).toBe(true);
      }
    },
  );

  test("a peacekeeping mission's DO is its head of mission", () => {
    expect(codes({ ...base, kind: "peacekeeping-mission", headOfMission: "amara" })).toEqual([]);
    expect(codes({ ...base, kind: "peacekeeping-mission", headOfMission: "kofi" })).toEqual([
      "mission-head-not-designated-official",
    ]);
    expect(codes({ ...base, kind: "peacekeeping-mission" })).toEqual(["mission-head-not-designated-official"]);
  });

  test("reports only the rules it is given, with their citations", () => {
    const broken = sample("arrangement-broken");
    const recited = arrangementRules
      .filter((rule) => rule.code !== "accountable-to-wrong-person")
      .map((rule) => ({ ...rule, citation: { document: "SPM", location: "II.A", year: 2011 } }));
    const violations = checkArrangement(broken, recited);
    expect(violations.some((v) => v.code === "accountable-to-wrong-person")).toBe(false);
    expect(violations.every((v) => v.citation.document === "SPM")).toBe(true);
    expect(violations).toHaveLength(8);
  });

  test("¶9 says 'normally' (通常): the strict SMT rules say in their citations that they are our reading", () => {
    const smtRules = [
      "smt-not-chaired-by-designated-official",
      "smt-missing-organization-head",
      "smt-missing-chief-security-adviser",
    ];
    for (const code of smtRules) {
      const note = arrangementRules.find((rule) => rule.code === code)?.citation.note;
      expect(note).toContain("our reading");
      expect(note).toContain("normally");
    }
    // the DO chairs and the CSA sits, but UNICEF's head does not: the violation carries the note
    const withoutUnicef = checkArrangement({
      ...base,
      securityManagementTeam: { chair: "amara", members: ["sam", "maria", "hana", "grace"] },
    });
    expect(withoutUnicef.map((v) => [v.code, v.organizations])).toEqual([
      ["smt-missing-organization-head", ["UNICEF"]],
    ]);
    expect(withoutUnicef[0]?.citation).toMatchObject({ document: "A/61/531", location: "Annex I, ¶9" });
    expect(withoutUnicef[0]?.citation.note).toContain("our reading");
    // the head of mission as DO is not qualified by 'normally': no note
    const missionHead = arrangementRules.find((rule) => rule.code === "mission-head-not-designated-official");
    expect(missionHead?.citation.note).toBeUndefined();
  });

  test("every code has exactly one default rule, cited to Annex I (certification to ¶22)", () => {
    expect(arrangementRules.map((rule) => rule.code)).toEqual([...violationCodes]);
    for (const rule of arrangementRules)
      expect(rule.citation.location).toMatch(rule.code.includes("certif") ? /^¶22$/ : /^Annex I, ¶/);
  });
});
