import { describe, expect, it } from "vitest";
import * as Result from "effect/Result";
import { buildHostile } from "../../../tools/vitest/hostile";
import {
  accountableTo,
  annexIFramework,
  appointersOf,
  chainOfAccountability,
  checkArrangement,
  explainPerson,
  getRole,
  rolesOf,
  validateFramework,
} from "@unsms/accountability";

// Issue 16 item 5: whatever a plain JavaScript caller passes, an error value, never an
// exception and never a hang (the shared every-function property is packages/sdk/test/hostile.test.ts).
const revoked = (): object => buildHostile({ special: "revoked proxy" }) as object;
const throwing = (): object =>
  Object.defineProperty({}, "roles", {
    get: () => {
      throw new Error("hostile getter");
    },
    enumerable: true,
  });

describe("framework queries never throw", () => {
  const queries = [getRole, accountableTo, appointersOf, chainOfAccountability] as const;

  it.each([
    ["a revoked proxy", revoked()],
    ["a throwing getter", throwing()],
    ["null", null],
    ["roles as an array-like with a huge length", { apex: { id: "ms" }, roles: { length: 2 ** 32 - 1 } }],
  ])("%s as the framework is an InvalidFramework", (_, framework) => {
    for (const query of queries) {
      const result: Result.Result<unknown, { readonly _tag: string }> = query(framework as never, "E");
      expect(Result.isFailure(result) && result.failure._tag).toBe("InvalidFramework");
    }
    const validated = validateFramework(framework as never);
    expect(Result.isFailure(validated) && validated.failure._tag).toBe("InvalidFramework");
  });

  it("a line list with a huge length ends at once (it looped over 2^53 indexes)", () => {
    const [first, ...rest] = annexIFramework.roles;
    const framework = {
      ...annexIFramework,
      roles: [{ ...first!, accountableTo: { length: Number.MAX_SAFE_INTEGER, 0: 1 } }, ...rest],
    };
    const chain = chainOfAccountability(framework as never, first!.id);
    expect(Result.isFailure(chain) && chain.failure._tag === "InvalidFramework" && chain.failure.issues[0]?.path).toBe(
      "$.roles[0].accountableTo",
    );
  });

  it("a name that is not a string is an UnknownRole, and the error lists at most 12 roles", () => {
    const result = getRole(annexIFramework, 42 as never);
    // described as every issue describes what it received (core's describeValue)
    expect(Result.isFailure(result) && result.failure._tag === "UnknownRole" && result.failure.received).toBe("42");
    const many = {
      ...annexIFramework,
      roles: Array.from({ length: 1000 }, (_, k) => ({ ...annexIFramework.roles[0]!, id: `r${k}`, letter: `L${k}` })),
    };
    const unknown = getRole(many, "nobody");
    expect(Result.isFailure(unknown) && unknown.failure._tag === "UnknownRole" && unknown.failure.expected).toMatch(
      /"r11" \(L11\), … \(and 988 more\)$/,
    );
  });
});

describe("arrangement functions never throw", () => {
  it.each([
    ["a revoked proxy", revoked()],
    ["null", null],
    ["people as an array-like", { people: { length: 2 ** 32 - 1 } }],
  ])("%s: checkArrangement fails closed, rolesOf is empty, explainPerson an UnknownPerson", (_, arrangement) => {
    const violations = checkArrangement(arrangement as never);
    expect(violations.map((violation) => violation.code)).toEqual(["no-designated-official"]);
    expect(violations[0]?.message).toMatch(/cannot be read/);
    expect(rolesOf(arrangement as never, "amara")).toEqual([]);
    const explained = explainPerson(arrangement as never, "amara");
    expect(Result.isFailure(explained) && explained.failure._tag).toBe("UnknownPerson");
  });
});
