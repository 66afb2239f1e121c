import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import * as Result from "effect/Result";
import {
  annexIFramework,
  chainOfAccountability,
  validateFramework,
  type Framework,
  type Role,
} from "@unsms/accountability";
import { MAX_ISSUES } from "@unsms/core";
import { failureIssues } from "../../../../tools/vitest/failureIssues";

const replace = (framework: Framework, id: string, change: (role: Role) => Role): Framework => ({
  ...framework,
  roles: framework.roles.map((role) => (role.id === id ? change(role) : role)),
});
const lineTo = (role: Role, to: string): Role => ({
  ...role,
  accountableTo: [{ ...role.accountableTo[0]!, to }, ...role.accountableTo.slice(1)],
});
const issues = (framework: Framework) => failureIssues(validateFramework(framework));

describe("validateFramework", () => {
  it("returns a well-formed framework as it is", () => {
    expect(Result.getOrThrow(validateFramework(annexIFramework))).toBe(annexIFramework);
  });

  it("finds a cycle, once, naming its roles", () => {
    const looping = replace(annexIFramework, "secretary-general", (role) => lineTo(role, "designated-official"));
    const found = issues(looping);
    expect(found.map((issue) => issue.message)).toEqual([
      "the chain of accountability loops: secretary-general → designated-official → secretary-general",
    ]);
    expect(found[0]?.path).toBe("$.roles[0].accountableTo[0].to");
    expect(Result.isFailure(chainOfAccountability(looping, "warden"))).toBe(true);
  });

  it("finds a dangling reference in a line, a through, an appointer and a consultee", () => {
    let broken = replace(annexIFramework, "warden", (role) => lineTo(role, "sheriff"));
    broken = replace(broken, "designated-official", (role) => ({
      ...role,
      accountableTo: [{ ...role.accountableTo[0]!, through: "deputy" }],
    }));
    broken = replace(broken, "area-security-coordinator", (role) => ({
      ...role,
      appointment: { ...role.appointment, by: ["mayor"], afterConsulting: ["council"] },
    }));
    expect(issues(broken).map((issue) => issue.path)).toEqual([
      "$.roles[4].accountableTo[0].through",
      "$.roles[7].appointment.by[0]",
      "$.roles[7].appointment.afterConsulting[0]",
      "$.roles[12].accountableTo[0].to",
    ]);
  });

  it("finds a role with no line of accountability, duplicates and an apex that is also a role", () => {
    const [first, second, ...rest] = annexIFramework.roles;
    const broken: Framework = {
      ...annexIFramework,
      apex: { ...annexIFramework.apex, id: "usg-dss" },
      roles: [{ ...first!, accountableTo: [] }, { ...second!, letter: "A" }, ...rest, { ...rest[0]! }],
    };
    const found = issues(broken);
    expect(found.map((issue) => issue.path)).toEqual(
      expect.arrayContaining([
        "$.apex.id",
        "$.roles[14].id",
        "$.roles[1].letter",
        "$.roles[14].letter",
        "$.roles[0].accountableTo",
      ]),
    );
    const result = validateFramework(broken);
    expect(Result.isFailure(result) && result.failure.message).toMatch(/^the framework is malformed: \d+ problems/);
  });

  // Random frameworks: role i is accountable to a random role or to the apex.
  const randomFramework = fc
    .integer({ min: 1, max: 12 })
    .chain((size) =>
      fc.tuple(
        fc.constant(size),
        fc.array(fc.integer({ min: -1, max: size - 1 }), { minLength: size, maxLength: size }),
      ),
    )
    .map(([size, targets]): Framework => ({
      ...annexIFramework,
      roles: Array.from({ length: size }, (_, index): Role => ({
        ...annexIFramework.roles[0]!,
        id: `r${index}`,
        letter: `L${index}`,
        appointment: { ...annexIFramework.roles[0]!.appointment, by: [] },
        accountableTo: [
          {
            ...annexIFramework.roles[0]!.accountableTo[0]!,
            to: targets[index] === -1 ? "member-states" : `r${targets[index]}`,
          },
        ],
      })),
    }));

  test.prop([randomFramework])(
    "every chain is finite and ends at the Member States exactly when the framework is valid",
    (framework) => {
      const valid = Result.isSuccess(validateFramework(framework));
      const chains = framework.roles.map((role) => chainOfAccountability(framework, role.id));
      expect(chains.every(Result.isSuccess)).toBe(valid);
      for (const chain of chains) {
        if (Result.isFailure(chain)) continue;
        expect(chain.success.length).toBeLessThanOrEqual(framework.roles.length + 1);
        expect(chain.success.at(-1)?.id).toBe("member-states");
        expect(new Set(chain.success.map((link) => link.id)).size).toBe(chain.success.length);
      }
    },
  );

  test.prop([randomFramework])("each cycle is reported once, and only cycles", (framework) => {
    const loops = issues(framework).filter((issue) => issue.message.includes("loops"));
    const onCycle = framework.roles.filter((role) => {
      let current: string | undefined = role.accountableTo[0]?.to;
      for (let step = 0; step < framework.roles.length && current !== undefined; step += 1) {
        if (current === role.id) return true;
        current = framework.roles.find((candidate) => candidate.id === current)?.accountableTo[0]?.to;
      }
      return false;
    });
    const mentioned = new Set(loops.flatMap((issue) => issue.message.split(": ")[1]!.split(" → ")));
    expect(mentioned).toEqual(new Set(onCycle.map((role) => role.id)));
    const sizes = loops.map((issue) => issue.message.split(" → ").length - 1);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(onCycle.length);
  });
});

describe("validateFramework at scale (issue 16: it was cubic)", () => {
  const base = annexIFramework.roles[0]!;
  const roleAt = (index: number, to: string) => ({
    ...base,
    id: `r${index}`,
    letter: `L${index}`,
    accountableTo: [{ ...base.accountableTo[0]!, to }],
    appointment: { ...base.appointment, by: [] },
  });
  it("a 6 000-role chain and 20 000 flat roles are checked within the default test timeout", () => {
    const chain = {
      ...annexIFramework,
      roles: Array.from({ length: 6000 }, (_, index) =>
        roleAt(index, index === 5999 ? "member-states" : `r${index + 1}`),
      ),
    };
    expect(Result.isSuccess(validateFramework(chain))).toBe(true);
    expect(Result.getOrThrow(chainOfAccountability(chain, "r0"))).toHaveLength(6001);
    const flat = {
      ...annexIFramework,
      roles: Array.from({ length: 20000 }, (_, index) => roleAt(index, "member-states")),
    };
    expect(Result.isSuccess(validateFramework(flat))).toBe(true);
    const loop = { ...chain, roles: chain.roles.map((role, index) => (index === 5999 ? roleAt(index, "r0") : role)) };
    const result = validateFramework(loop);
    expect(failureIssues(result).map((issue) => issue.path)).toEqual(["$.roles[0].accountableTo[0].to"]);
  });

  it("5 000 roles of 20 bad references each: every problem counted, the first 100 listed, the rest omitted", () => {
    const roles = Array.from({ length: 5_000 }, (_, index) => ({
      ...roleAt(index, "member-states"),
      appointment: { ...base.appointment, by: Array.from({ length: 20 }, (_, k) => `nobody${k}`) },
    }));
    const result = validateFramework({ ...annexIFramework, roles });
    if (!Result.isFailure(result)) throw new Error("expected an InvalidFramework");
    const { issues: listed, omitted, message } = result.failure;
    expect(listed).toHaveLength(MAX_ISSUES);
    expect(omitted).toBe(100_000 - MAX_ISSUES);
    expect(listed.map((issue) => issue.path).slice(0, 2)).toEqual([
      "$.roles[0].appointment.by[0]",
      "$.roles[0].appointment.by[1]",
    ]);
    expect(listed.at(-1)?.path).toBe("$.roles[4].appointment.by[19]");
    expect(message).toBe(
      'the framework is malformed: 100000 problems; first: $.roles[0].appointment.by[0]: "nobody0" is not a role of the framework or its apex',
    );
  });

  it("problems of every kind are counted past the first 100, in the order found", () => {
    // 150 roles of one letter (149 duplicates, found first), 75 cycles of two, 150 roles without a line
    const roles = Array.from({ length: 300 }, (_, index) => ({
      ...roleAt(index, index < 150 ? "member-states" : `r${index % 2 === 0 ? index + 1 : index - 1}`),
      letter: index < 150 ? "same" : `L${index}`,
    }));
    const lineless = Array.from({ length: 150 }, (_, index) => ({
      ...roleAt(300 + index, "member-states"),
      accountableTo: [],
    }));
    const result = validateFramework({ ...annexIFramework, roles: [...roles, ...lineless] });
    if (!Result.isFailure(result)) throw new Error("expected an InvalidFramework");
    expect(result.failure.issues).toHaveLength(MAX_ISSUES);
    expect(result.failure.issues.every((issue) => issue.path.endsWith(".letter"))).toBe(true);
    // 149 duplicate letters, 150 roles without a line, 75 cycles
    expect(result.failure.omitted).toBe(149 + 150 + 75 - MAX_ISSUES);
  });
});
