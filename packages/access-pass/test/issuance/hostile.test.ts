import { fc, test } from "@fast-check/vitest";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { defaultPassPolicy, issuePass, noRevocationList, type PassRequest } from "@unsms/access-pass";
import { signPassToken, verifyPassToken } from "@unsms/access-pass/node";
import { keyPair, sampleRequests, serial, storedPass } from "../support/fixtures";

const office = keyPair();
const gate = { trustedKeys: [office.verifying], revocations: noRevocationList() };

describe("issuePass", () => {
  it("a list past its limit (a sparse array claiming 2^32 - 1) is refused at once, at its path", () => {
    const [, request] = sampleRequests.find(([category]) => category === "visitor")!;
    const huge = <T>(): Array<T> => Object.assign([] as Array<T>, { length: 2 ** 32 - 1 });
    const at = new Date("2006-06-30T12:00:00Z");
    const visitor = defaultPassPolicy.categories.visitor;
    const policyWith = (rule: object) => ({
      ...defaultPassPolicy,
      categories: { ...defaultPassPolicy.categories, visitor: { ...visitor, ...rule } },
    });
    const cases = [
      ["policy.categories.visitor.zones", issuePass(request, policyWith({ zones: huge() }), at, serial("NY-1"))],
      [
        "policy.categories.visitor.requirements",
        issuePass(request, policyWith({ requirements: huge() }), at, serial("NY-1")),
      ],
      ["$.zones", issuePass({ ...request, zones: huge() }, defaultPassPolicy, at, serial("NY-1"))],
      [
        "$.identityDocuments",
        issuePass({ ...request, identityDocuments: huge() }, defaultPassPolicy, at, serial("NY-1")),
      ],
      ["register", issuePass(request, defaultPassPolicy, at, serial("NY-1"), huge())],
    ] as const;
    for (const [path, result] of cases) {
      expect(Result.isFailure(result) && result.failure.issues.map((issue) => issue.path)).toEqual([path]);
    }
  });

  it("another category's requirements, read by the head-approved-first search, are told by their length first, at their path", () => {
    // a representative's NGO annual pass: the search reads the rule of the category of every
    // head's pass in force on the register — here `staff` and `ngo-temporary`, from a plain JS
    // caller, with more requirements than the schema's 100 (one over, or 2^32 − 1 of holes)
    const annual = new Map(sampleRequests).get("ngo-annual")!;
    const representative: PassRequest = { ...annual, holder: { ...annual.holder, role: "representative" } };
    const at = new Date("2006-03-01T09:00:00Z");
    const headPass = (category: string) => ({
      pass: storedPass({
        category,
        holder: { name: "H", organization: representative.holder.organization, role: "head" },
        validUntil: "2007-01-01T00:00:00Z",
      }),
      status: "active" as const,
      changedAt: "2006-01-01T00:00:00Z",
    });
    const sparse = (length: number) => Object.assign([] as Array<never>, { length });
    for (const [category, path] of [
      ["staff", "policy.categories.staff.requirements"],
      ["ngo-temporary", 'policy.categories["ngo-temporary"].requirements'],
    ] as const) {
      for (const length of [101, 2 ** 32 - 1]) {
        const policy = {
          ...defaultPassPolicy,
          categories: {
            ...defaultPassPolicy.categories,
            [category]: { ...defaultPassPolicy.categories[category], requirements: sparse(length) },
          },
        };
        const result = issuePass(representative, policy, at, serial("NY-2"), [headPass(category)]);
        expect(Result.isFailure(result) && result.failure.issues).toEqual([
          {
            path,
            expected: "an array of at most 100 items",
            received: `an array of ${length} items`,
            message: `${path}: expected an array of at most 100 items, received an array of ${length} items`,
          },
        ]);
      }
    }
    // a rule that is not an object at all is told at the same path, not as an unreadable value
    const broken = { ...defaultPassPolicy, categories: { ...defaultPassPolicy.categories, staff: 42 } };
    const result = issuePass(representative, broken as never, at, serial("NY-2"), [headPass("staff")]);
    expect(Result.isFailure(result) && result.failure.issues.map((issue) => issue.path)).toEqual([
      "policy.categories.staff.requirements",
    ]);
  });

  it("a category that is an Object.prototype key is refused, not thrown", () => {
    const [, request] = sampleRequests[0]!;
    for (const category of ["__proto__", "constructor", "toString", "hasOwnProperty"]) {
      const result = issuePass(
        { ...request, category } as unknown as PassRequest,
        defaultPassPolicy,
        new Date("2006-06-30T12:00:00Z"),
        serial("NY-1"),
      );
      expect(Result.isFailure(result) && result.failure.issues[0]!.path).toBe("$.category");
    }
  });

  test.prop([fc.constantFrom(...sampleRequests), fc.integer({ min: -5e12, max: 2.6e14 })])(
    "every issued pass verifies: a validity a token cannot carry (before 1970, year 10000 or later) is refused at issuance",
    ([, request], ms) => {
      const issued = issuePass(request, defaultPassPolicy, new Date(ms), serial("NY-1"));
      if (Result.isFailure(issued)) {
        const outside = ms < 0 || Date.parse(issued.failure.issues[0]?.received ?? "") >= 253402300800000;
        expect(issued.failure.issues.length > 0 || outside).toBe(true);
        return;
      }
      const pass = issued.success;
      const verified = verifyPassToken(signPassToken(pass, office.signing), gate, new Date(Date.parse(pass.validFrom)));
      expect(Result.isSuccess(verified)).toBe(true);
    },
  );

  it("issuing in 1969 or with an end in year 10000 is refused with the reason", () => {
    const request = new Map(sampleRequests).get("ngo-annual")!;
    const early = issuePass(request, defaultPassPolicy, new Date("1969-12-31T00:00:00Z"), serial("NY-1"));
    expect(Result.isFailure(early) && early.failure.issues.some((i) => i.path === "issuedAt")).toBe(true);
    const late = issuePass(request, defaultPassPolicy, new Date("9999-12-01T00:00:00Z"), serial("NY-1"));
    expect(Result.isFailure(late) && late.failure.issues.map((i) => i.path)).toEqual(["$.validUntil"]);
  });
});

describe("register operations and issuance never throw", () => {
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const getter = Object.defineProperty([], "0", {
    get: () => {
      throw new Error("getter");
    },
  });
  // fast-check cannot hold a revoked proxy: the special values are picked by index
  const specials: ReadonlyArray<unknown> = [
    null,
    undefined,
    42,
    "__proto__",
    [null],
    [{ pass: null }],
    revoked.proxy,
    getter,
  ];
  const hostile = fc.oneof(
    fc.anything().map((value) => ({ value })),
    fc.nat(specials.length - 1).map((index) => ({ index })),
  );
  const resolve = (h: { value: unknown } | { index: number }): unknown => ("index" in h ? specials[h.index] : h.value);

  test.prop([hostile, hostile])(
    "registerPass, renewPass, replaceLostPass, revokePass, suspendPass, reinstatePass, issuePass return errors",
    async (x, y) => {
      const a = resolve(x);
      const b = resolve(y);
      const { registerPass, renewPass, replaceLostPass, revokePass, suspendPass, reinstatePass } =
        await import("@unsms/access-pass");
      const at = new Date("2006-06-30T12:00:00Z");
      for (const result of [
        registerPass(a as never, b as never),
        renewPass(a as never, "NY-1" as never, b as never, at),
        replaceLostPass(a as never, "NY-1" as never, "NY-2" as never, b as never),
        revokePass(a as never, b as never, at, "lost"),
        suspendPass(a as never, "NY-1" as never, b as never, "inquiry"),
        reinstatePass(a as never, b as never, at),
        issuePass(a as never, b as never, at, "NY-1" as never),
        issuePass(a as never, defaultPassPolicy, b as never, "NY-1" as never),
      ]) {
        expect(Result.isResult(result)).toBe(true);
      }
    },
  );
});
