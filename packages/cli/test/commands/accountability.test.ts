import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { run } from "@unsms/cli";
import { Accountability } from "@unsms/sdk";
import { fakeIo } from "../support/fakeIo";
import { unsmsOver } from "../support/unsms";
import { expectError } from "../support/expectError";

const examples = fileURLToPath(new URL("../../../../docs/examples/accountability/", import.meta.url));
const files = {
  "valid.json": readFileSync(`${examples}arrangement-valid.json`, "utf8"),
  "broken.json": readFileSync(`${examples}arrangement-broken.json`, "utf8"),
  "not-json.json": "{ nope",
  "bad-shape.json": JSON.stringify({
    dutyStation: "X",
    kind: "country",
    people: [],
    organizations: [],
    securityManagementTeam: { chair: "ghost", members: [] },
    appointments: [],
  }),
  "framework.json": JSON.stringify({
    ...Accountability.annexIFramework,
    roles: Accountability.annexIFramework.roles.filter((role) => role.letter !== "K"),
  }),
  "looping.json": JSON.stringify({
    ...Accountability.annexIFramework,
    roles: Accountability.annexIFramework.roles.map((role) =>
      role.letter === "A" ? { ...role, accountableTo: [{ ...role.accountableTo[0], to: "usg-dss" }] } : role,
    ),
  }),
};

const unsms = unsmsOver(files);

describe("unsms accountability roles", () => {
  test("--json prints {roles: [{id, letter, name, accountableTo, …}]} for the fourteen roles", async () => {
    const { code, stdout } = await unsms("accountability", "roles", "--json");
    expect(code).toBe(0);
    const body = JSON.parse(stdout) as { roles: Array<Record<string, unknown>> };
    expect(Object.keys(body)).toEqual(["roles"]);
    expect(body.roles).toHaveLength(14);
    expect(body.roles[4]).toMatchObject({
      id: "designated-official",
      letter: "E",
      name: "Designated Official",
      accountableTo: [{ to: "secretary-general", through: "usg-dss" }],
    });
    expect(body.roles[7]).toMatchObject({
      appointment: { by: ["designated-official"], inWriting: true, afterConsulting: ["security-management-team"] },
    });
  });

  test("prints a table, and reads another edition with --framework", async () => {
    const table = await unsms("accountability", "roles");
    expect(table.code).toBe(0);
    expect(table.stdout).toContain("H  area-security-coordinator");
    expect(table.stdout).toContain("designated-official (in writing)");
    const edition = await unsms("accountability", "roles", "--framework", "framework.json", "--json");
    expect(JSON.parse(edition.stdout).roles).toHaveLength(13);
    const looping = await unsms("accountability", "roles", "--framework", "looping.json", "--json");
    expect(looping.code).toBe(2);
    expectError(looping.stderr, "InvalidFramework", ["$.roles[0].accountableTo[0].to"]);
  });
});

describe("unsms accountability chain", () => {
  test("prints the chain of a role, by id or letter, up to the Member States", async () => {
    const { code, stdout } = await unsms("accountability", "chain", "M", "--json");
    expect(code).toBe(0);
    const body = JSON.parse(stdout) as { role: string; chain: Array<{ id: string; relation: string }> };
    expect(body.role).toBe("warden");
    expect(body.chain.map((link) => link.id)).toEqual([
      "warden",
      "designated-official",
      "usg-dss",
      "secretary-general",
      "member-states",
    ]);
    const text = await unsms("accountability", "chain", "designated-official");
    expect(text.stdout.split("\n")[0]).toBe("E Designated Official");
    expect(text.stdout).toContain("through B Under-Secretary-General for Safety and Security");
    expect(text.stdout).toContain("accountable to Member States");
  });

  test("an unknown role exits 2 with UnknownRole", async () => {
    const { code, stderr } = await unsms("accountability", "chain", "sheriff", "--json");
    expect(code).toBe(2);
    expect(JSON.parse(stderr).error.code).toBe("UnknownRole");
  });

  test("the unknown role's path is the command's argument, role (its name in the usage)", async () => {
    const { code, stderr } = await unsms("accountability", "chain", "ZZ", "--json");
    expect(code).toBe(2);
    expectError(stderr, "UnknownRole", ["role"]);
  });
});

describe("unsms accountability check", () => {
  test("the valid sample: exit 0, {ok: true, violations: []}", async () => {
    const json = await unsms("accountability", "check", "--input", "valid.json", "--json");
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({ ok: true, violations: [] });
    const text = await unsms("accountability", "check", "--input", "valid.json");
    expect(text.stdout).toBe("Sierra Leone: the arrangement breaks no rule of the framework of accountability\n");
  });

  test("the broken sample: exit 1, every violation with code, message, people and citation", async () => {
    const json = await unsms("accountability", "check", "--input", "broken.json", "--json");
    expect(json.code).toBe(1);
    const body = JSON.parse(json.stdout) as {
      ok: boolean;
      violations: Array<{ code: string; message: string; people: Array<string>; citation: { location: string } }>;
    };
    expect(body.ok).toBe(false);
    expect(body.violations).toHaveLength(10);
    expect(body.violations[0]).toMatchObject({
      code: "mission-head-not-designated-official",
      people: ["olga"],
      citation: { location: "Annex I, ¶9" },
    });
    expect(body.violations.every((violation) => violation.message.length > 0)).toBe(true);
    const text = await unsms("accountability", "check", "--input", "broken.json");
    expect(text.code).toBe(1);
    expect(text.stdout).toContain("UN mission in the Lakes region: 10 violations");
    expect(text.stdout).toContain("smt-missing-organization-head");
    expect(text.stdout).toContain("8. Tom Becker (tom) is acting Chief Security Adviser without terms of reference");
  });

  test("reads standard input", async () => {
    const fake = fakeIo({}, files["valid.json"]);
    expect(await run(["accountability", "check"], fake.io)).toBe(0);
  });

  test("bad input exits 2: missing file, not JSON, a dangling reference", async () => {
    expect((await unsms("accountability", "check", "--input", "missing.json", "--json")).code).toBe(2);
    const notJson = await unsms("accountability", "check", "--input", "not-json.json", "--json");
    expect(JSON.parse(notJson.stderr).error.code).toBe("InputError");
    const shape = await unsms("accountability", "check", "--input", "bad-shape.json", "--json");
    expect(shape.code).toBe(2);
    expectError(shape.stderr, "DecodeError", ["$.securityManagementTeam.chair"]);
  });
});

describe("unsms accountability explain", () => {
  test("explains a person's roles, in words and as JSON", async () => {
    const text = await unsms("accountability", "explain", "lena", "--input", "valid.json");
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("Lena Berg (lena, UNICEF, international staff) at Sierra Leone holds 2 roles:");
    const json = await unsms("accountability", "explain", "lena", "--input", "valid.json", "--json");
    expect(JSON.parse(json.stdout).roles.map((role: { letter: string }) => role.letter)).toEqual(["H", "N"]);
    const unknown = await unsms("accountability", "explain", "nobody", "--input", "valid.json", "--json");
    expect(unknown.code).toBe(2);
    expect(JSON.parse(unknown.stderr).error.code).toBe("UnknownPerson");
  });

  test("a specialized agency's staff member: no link to the Secretary-General is accountable-to; it is recognizes-coordination-of (Annex I ¶5)", async () => {
    const json = await unsms("accountability", "explain", "grace", "--input", "valid.json", "--json");
    expect(json.code).toBe(0);
    const body = JSON.parse(json.stdout) as {
      roles: Array<{ chain: number }>;
      chains: Array<Array<{ id: string; relation: string }>>;
    };
    const links = body.roles
      .flatMap((role) => body.chains[role.chain] ?? [])
      .filter((link) => link.id === "secretary-general");
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((link) => link.relation === "recognizes-coordination-of")).toBe(true);
    const text = await unsms("accountability", "explain", "grace", "--input", "valid.json");
    expect(text.stdout).toContain("⇢ recognizes the coordinating role of Secretary-General");
  });
});

describe("unsms accountability explain --json at scale", () => {
  test("each list roles share is written once, roles pointing into it: 3 000 warden appointments answered to by 3 000 people print linear JSON", async () => {
    const k = 3_000;
    const arrangement = {
      dutyStation: "S",
      kind: "country",
      people: [
        { id: "x", name: "X", organization: "UNDP", international: true },
        ...Array.from({ length: k }, (_, i) => ({
          id: `p${i}`,
          name: `P${i}`,
          organization: "UNDP",
          international: true,
        })),
      ],
      organizations: [{ id: "UNDP", name: "U", head: "x" }],
      securityManagementTeam: { chair: null, members: [] },
      appointments: [
        ...Array.from({ length: k }, (_, i) => ({ role: "warden", person: "x", area: `a${i}` })),
        ...Array.from({ length: k }, (_, i) => ({ role: "area-security-coordinator", person: `p${i}`, area: `b${i}` })),
        { role: "designated-official", person: "p0" },
      ],
    };
    const { io, stdout } = fakeIo({ "many.json": JSON.stringify(arrangement) });
    expect(await run(["accountability", "explain", "x", "--input", "many.json", "--json"], io)).toBe(0);
    const body = JSON.parse(stdout()) as {
      roles: Array<{ roleId: string; superiors: number; lines: number; chain: number; answersTo?: unknown }>;
      superiors: Array<Array<{ id: string; name: string }>>;
      lines: Array<unknown>;
      chains: Array<Array<{ id: string }>>;
    };
    const wardens = body.roles.filter((role) => role.roleId === "warden");
    expect(wardens).toHaveLength(k);
    // every warden answers to the same group (the Designated Official and every Area Security Coordinator): written once
    expect(new Set(wardens.map((role) => role.superiors)).size).toBe(1);
    expect(body.superiors[wardens[0]!.superiors]).toHaveLength(k);
    expect(body.chains[wardens[0]!.chain]?.map((link) => link.id)[0]).toBe("warden");
    expect(wardens[0]).not.toHaveProperty("answersTo");
    // linear: under 400 bytes per appointment and person, where copies into each role took k × k entries
    expect(stdout().length).toBeLessThan(400 * 2 * k);
  });
});

describe("unsms accountability chain --organization-kind", () => {
  test("chooses the executive heads' line by kind, and refuses an unknown kind", async () => {
    const agency = await unsms("accountability", "chain", "N", "--organization-kind", "specialized-agency", "--json");
    expect(agency.code).toBe(0);
    expect(JSON.parse(agency.stdout).chain.map((link: { relation: string }) => link.relation)).toEqual([
      "self",
      "accountable-to",
      "recognizes-coordination-of",
    ]);
    const text = await unsms("accountability", "chain", "N", "--organization-kind", "specialized-agency");
    expect(text.stdout).toContain("recognizes the coordinating role of A Secretary-General");
    const bad = await unsms("accountability", "chain", "N", "--organization-kind", "charity", "--json");
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.stderr).error.code).toBe("UsageError");
    // before a framework file that cannot be read
    const first = await unsms(
      "accountability",
      "chain",
      "N",
      "--organization-kind",
      "charity",
      "--framework",
      "nope.json",
      "--json",
    );
    expect(JSON.parse(first.stderr).error.code).toBe("UsageError");
  });
});

describe("unsms schema", () => {
  test("accountability-check prints the arrangement's JSON Schema; accountability-framework the framework's", async () => {
    const check = await unsms("schema", "accountability-check", "--json");
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout)).toMatchObject({
      type: "object",
      required: expect.arrayContaining([
        "dutyStation",
        "people",
        "organizations",
        "securityManagementTeam",
        "appointments",
      ]),
    });
    const framework = await unsms("schema", "accountability-framework", "--json");
    expect(JSON.parse(framework.stdout)).toMatchObject({
      type: "object",
      required: expect.arrayContaining(["roles", "apex"]),
    });
  });
});
