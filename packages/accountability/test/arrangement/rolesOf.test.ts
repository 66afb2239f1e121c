import { describe, expect, test } from "vitest";
import * as Result from "effect/Result";
import { annexIFramework, explainPerson, rolesOf, type PersonExplanation } from "@unsms/accountability";
import { sample } from "../support/arrangements";
import { countingReads } from "../../../../tools/vitest/countingReads";

const valid = sample("arrangement-valid");
const broken = sample("arrangement-broken");

/** The relations along the chain of a person's last role (N, personnel). */
const personnelChain = (explanation: PersonExplanation) => explanation.roles.at(-1)?.chain.map((link) => link.relation);

/** The funds and programmes' line: personnel → executive head → Secretary-General → Member States, each accountable to the next. */
const accountableAllTheWay = ["self", "accountable-to", "accountable-to", "accountable-to"];

describe("rolesOf", () => {
  test("lists every role a person holds, in the framework's order, with whom it answers to", () => {
    expect(rolesOf(valid, "amara").map((role) => [role.roleId, role.answersTo])).toEqual([
      ["designated-official", []],
      ["organization-representative", []],
      ["security-management-team", []],
      ["personnel", []],
    ]);
    expect(rolesOf(valid, "ibrahim").map((role) => [role.roleId, role.answersTo])).toEqual([
      ["warden", ["lena"]],
      ["personnel", ["hana"]],
    ]);
    expect(rolesOf(valid, "sam").map((role) => [role.roleId, role.answersTo])).toEqual([
      ["security-management-team", ["amara"]],
      ["chief-security-adviser", ["amara"]],
      ["personnel", []],
    ]);
  });

  test("an acting CSA holds the CSA's role as acting, beside the agency security officer's", () => {
    const tom = rolesOf(broken, "tom");
    expect(tom.map((role) => [role.roleId, role.acting])).toEqual([
      ["chief-security-adviser", true],
      ["agency-security-officer", false],
      ["personnel", false],
    ]);
    expect(tom[1]?.answersTo).toEqual(["amara"]);
  });

  test("each superior is named once, even when the arrangement lists an organization twice", () => {
    const twice = { ...valid, organizations: [...valid.organizations, ...valid.organizations] };
    expect(rolesOf(twice, "ibrahim").map((role) => [role.roleId, role.answersTo])).toEqual([
      ["warden", ["lena"]],
      ["personnel", ["hana"]],
    ]);
    expect(rolesOf(twice, "hana").find((role) => role.roleId === "personnel")?.answersTo).toEqual([]);
  });

  test("someone the arrangement does not name holds nothing", () => {
    expect(rolesOf(valid, "nobody")).toEqual([]);
  });
});

describe("explainPerson", () => {
  test("explains roles, local superiors and chains, in data and words", () => {
    const explanation = Result.getOrThrow(explainPerson(valid, "lena"));
    expect(explanation.roles.map((role) => role.letter)).toEqual(["H", "N"]);
    expect(explanation.roles[0]?.answersToPeople).toEqual([{ id: "amara", name: "Amara Diallo" }]);
    expect(explanation.roles[0]?.chain.map((link) => link.letter ?? link.id)).toEqual([
      "H",
      "E",
      "B",
      "A",
      "member-states",
    ]);
    expect(explanation.text).toBe(
      [
        "Lena Berg (lena, UNICEF, international staff) at Sierra Leone holds 2 roles:",
        "- H Area Security Coordinator (Bo and Kenema): accountable to the Designated Official for security responsibilities, under the letter of appointment (A/61/531, Annex I, ¶10)",
        "  answers here to: Amara Diallo (amara)",
        "  chain: Area Security Coordinator → Designated Official → Under-Secretary-General for Safety and Security → Secretary-General → Member States",
        "- N Personnel employed by the organizations of the UN system (UNICEF): accountable to their organization (its executive head) (A/61/531, Annex I, ¶17)",
        "  answers here to: Kofi Mensah (kofi)",
        "  chain: Personnel employed by the organizations of the UN system → Executive heads of United Nations system organizations → Secretary-General → Member States",
        "",
      ].join("\n"),
    );
  });

  test("with another edition of the framework, a role it lacks keeps its id and has no chain", () => {
    const edition = { ...annexIFramework, roles: annexIFramework.roles.filter((role) => role.letter !== "H") };
    const explanation = Result.getOrThrow(explainPerson(valid, "lena", edition));
    expect(explanation.roles[0]).toMatchObject({
      roleId: "area-security-coordinator",
      name: "area-security-coordinator",
      letter: "",
      chain: [],
      lines: [],
    });
    expect(explanation.text).toContain(
      "- area-security-coordinator (Bo and Kenema): no line of accountability in the framework",
    );
    expect(explanation.roles[1]?.chain.at(-1)?.id).toBe("member-states");
  });

  test("the chain of a specialized agency's staff member recognizes the Secretary-General's coordination, and claims no accountability to him (Annex I ¶5)", () => {
    const explanation = Result.getOrThrow(explainPerson(valid, "grace"));
    expect(explanation.roles.map((role) => role.roleId)).toEqual([
      "organization-representative",
      "security-management-team",
      "personnel",
    ]);
    for (const role of [explanation.roles[0]!, explanation.roles[2]!]) {
      expect(role.chain.map((link) => [link.relation, link.id])).toContainEqual([
        "recognizes-coordination-of",
        "secretary-general",
      ]);
      expect(role.chain.some((link) => link.id === "secretary-general" && link.relation === "accountable-to")).toBe(
        false,
      );
      expect(role.chain.at(-1)?.citation.location).toBe("Annex I, ¶5");
    }
    expect(explanation.roles[2]?.chain.map((link) => link.letter)).toEqual(["N", "C", "A"]);
    expect(explanation.text).toContain("⇢ recognizes the coordinating role of Secretary-General");
    // the line shown is the one for a specialized agency, not the funds and programmes' (¶8 read with ¶5)
    expect(explanation.roles[0]?.line?.organizationKinds).toEqual(["specialized-agency", "other"]);
    expect(explanation.text).not.toContain("accountable to the Secretary-General through their executive head");
    // a fund or programme's staff member stays accountable
    const kofi = Result.getOrThrow(explainPerson(valid, "kofi"));
    expect(personnelChain(kofi)).toEqual(accountableAllTheWay);
    expect(kofi.text).not.toContain("note:");
  });

  test("without the organization's kind, the funds and programmes' line is followed and the explanation says so", () => {
    const unknown = {
      ...valid,
      organizations: valid.organizations.map(({ kind: _kind, ...organization }) => organization),
    };
    const explanation = Result.getOrThrow(explainPerson(unknown, "grace"));
    expect(personnelChain(explanation)).toEqual(accountableAllTheWay);
    expect(explanation.roles.at(-1)?.chain[2]?.note).toContain("organization kind not given");
    expect(explanation.text).toContain("note: organization kind not given");
  });

  test("an unknown person is an UnknownPerson error", () => {
    const result = explainPerson(valid, "nobody");
    // an argument, not a place in the arrangement: its path is the argument's name
    expect(Result.isFailure(result) && result.failure).toMatchObject({ _tag: "UnknownPerson", path: "personId" });
  });
});

describe("explainPerson checks the arrangement once", () => {
  /** The valid sample with every person's record, and the arrangement itself, counting the reads of its fields. */
  const counted = () => {
    const people = valid.people.map((person) => countingReads(person));
    const arrangement = countingReads({ ...valid, people: people.map((person) => person.proxy) });
    return { arrangement, people };
  };

  test("it reads each person no more than rolesOf does: one structural check, one look-up of the person", () => {
    // the last person, so that a look-up reads every record
    const explained = valid.people.at(-1)!.id;
    const listing = counted();
    rolesOf(listing.arrangement.proxy, explained);
    const explaining = counted();
    Result.getOrThrow(explainPerson(explaining.arrangement.proxy, explained));
    expect(explaining.arrangement.reads()["people"]).toBe(listing.arrangement.reads()["people"]);
    // everyone but the person explained (whose record the explanation reads for its text)
    valid.people.forEach((person, index) => {
      if (person.id === explained) return;
      const reads = explaining.people[index]!.reads();
      expect(reads["id"]).toBe(listing.people[index]!.reads()["id"]);
      // the structural check is the only reader of someone else's organization
      expect(reads["organization"]).toBe(1);
    });
  });

  test("rolesOf called alone still checks the arrangement", () => {
    const { people: _people, ...noPeople } = valid;
    expect(rolesOf(noPeople as never, "amara")).toEqual([]);
    expect(rolesOf({ ...valid, appointments: [null] } as never, "amara")).toEqual([]);
  });
});
