import { describe, expect, test } from "vitest";
import * as Result from "effect/Result";
import {
  annexIFramework,
  explainPerson,
  type Arrangement,
  type Framework,
  type Role,
  type StationAppointment,
} from "@unsms/accountability";

/** One Designated Official (p0), `k` Area Security Coordinators and a person `x` holding `k` warden appointments. */
const wardenEverywhere = (k: number): Arrangement => ({
  dutyStation: "S",
  kind: "country",
  people: [
    { id: "x", name: "X", organization: "UNDP", international: true },
    ...Array.from({ length: k }, (_, i) => ({ id: `p${i}`, name: `P${i}`, organization: "UNDP", international: true })),
  ],
  organizations: [{ id: "UNDP", name: "U", head: "x" }],
  securityManagementTeam: { chair: null, members: [] },
  appointments: [
    ...Array.from({ length: k }, (_, i): StationAppointment => ({ role: "warden", person: "x", area: `a${i}` })),
    ...Array.from({ length: k }, (_, i): StationAppointment => ({
      role: "area-security-coordinator",
      person: `p${i}`,
      area: `b${i}`,
    })),
    { role: "designated-official", person: "p0" },
  ],
});

const warden = annexIFramework.roles.find((role) => role.id === "warden")!;

/** Annex I with the warden's line leading through `n` roles of its own before the Designated Official. */
const longChain = (n: number): Framework => {
  const line = warden.accountableTo[0]!;
  const link = (i: number): Role => ({
    ...warden,
    id: `link-${i}`,
    letter: `L${i}`,
    name: `Link ${i}`,
    accountableTo: [{ ...line, to: i === n - 1 ? "designated-official" : `link-${i + 1}` }],
  });
  return {
    ...annexIFramework,
    roles: [
      ...annexIFramework.roles.map((role) =>
        role === warden ? { ...warden, accountableTo: [{ ...line, to: "link-0" }] } : role,
      ),
      ...Array.from({ length: n }, (_, i) => link(i)),
    ],
  };
};

describe("explainPerson at scale", () => {
  test("20 000 warden roles answering to 20 000 superiors: one shared list, a text of bounded size per role", () => {
    const k = 20_000;
    const explanation = Result.getOrThrow(explainPerson(wardenEverywhere(k), "x"));
    const wardens = explanation.roles.filter((role) => role.roleId === "warden");
    expect(wardens).toHaveLength(k);
    // every DO and ASC is there, in data: once, shared by the roles answering to the same group
    expect(wardens[0]?.answersToPeople).toHaveLength(k);
    expect(wardens[0]?.answersToPeople[1]).toEqual({ id: "p1", name: "P1" });
    expect(wardens.every((role) => role.answersToPeople === wardens[0]?.answersToPeople)).toBe(true);
    expect(Object.isFrozen(wardens[0]?.answersToPeople)).toBe(true);
    // in words: five named (the superiors come sorted by id) and the rest counted
    expect(explanation.text).toContain(
      `answers here to: P0 (p0), P1 (p1), P10 (p10), P100 (p100), P1000 (p1000) and ${k - 5} more\n`,
    );
    expect(explanation.text.length).toBeLessThan(400 * explanation.roles.length);
  });

  test("a role's chain in words shows at most 9 links and counts the rest; the data keeps them all", () => {
    const framework = longChain(1_000);
    const explanation = Result.getOrThrow(explainPerson(wardenEverywhere(100), "x", framework));
    const [first, second] = explanation.roles.filter((role) => role.roleId === "warden");
    expect(first?.chain).toHaveLength(1_000 + 5);
    expect(first?.chain.map((link) => link.id).slice(0, 3)).toEqual(["warden", "link-0", "link-1"]);
    expect(second?.chain).toBe(first?.chain);
    expect(explanation.text).toContain(
      "  chain: Wardens → Link 0 → Link 1 → Link 2 → Link 3 … 996 more → Designated Official → Under-Secretary-General for Safety and Security → Secretary-General → Member States\n",
    );
    expect(explanation.text.length).toBeLessThan(400 * explanation.roles.length);
  });

  test("the framework's roles are read a bounded number of times, not once per role held", () => {
    const extra = Array.from({ length: 2_000 }, (_, i): Role => ({ ...warden, id: `extra-${i}`, letter: `X${i}` }));
    const roles = [...annexIFramework.roles, ...extra];
    let reads = 0;
    const counted = new Proxy(roles, {
      get: (target, key, receiver) => {
        if (typeof key === "string" && /^\d+$/.test(key)) reads += 1;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const explanation = Result.getOrThrow(
      explainPerson(wardenEverywhere(2_000), "x", { ...annexIFramework, roles: counted }),
    );
    expect(explanation.roles).toHaveLength(2_000 + 2);
    // a scan of the framework per role held would read its roles millions of times
    expect(reads).toBeLessThan(20 * roles.length);
  });
});
