import { fc, test } from "@fast-check/vitest";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import {
  defaultPassPolicy,
  issuePass,
  registerPass,
  revokePass,
  suspendPass,
  type HolderRole,
  type PassCategory,
  type PassRegister,
  type PassRequest,
  type Requirement,
} from "@unsms/access-pass";
import { categories, instantArb, registerLine, sampleRequests, serial, serialArb } from "../support/fixtures";

// Sign/verify round trips under a shared, loaded CI machine: generous time, never fewer runs.

const at = new Date("2006-03-06T07:00:00.250Z");

describe("issuePass", () => {
  it("every shipped sample request is issued under the default policy", () => {
    expect(sampleRequests.map(([c]) => c).sort()).toEqual(Object.keys(defaultPassPolicy.categories).sort());
    for (const [category, request] of sampleRequests) {
      const pass = Result.getOrThrow(issuePass(request, defaultPassPolicy, at, serial(`T-${category}`)));
      const rule = defaultPassPolicy.categories[category];
      expect(pass.category).toBe(category);
      expect(pass.validFrom).toBe("2006-03-06T07:00:00Z");
      expect(pass.issuedAt).toBe("2006-03-06T07:00:00Z");
      expect(pass.stationBound).toBe(rule.stationBound);
      expect(pass.escortRequired).toBe(rule.escortRequired);
      const { dateOfBirth: _shownNowhere, ...shown } = request.holder;
      expect(pass.holder).toEqual(shown);
      expect(pass.zones.every((z) => rule.zones.includes(z))).toBe(true);
    }
  });

  it("NGO annual passes end with 31 December; temporary ones after 3 months; visitors' after a day", () => {
    const byCategory = new Map(sampleRequests);
    const issue = (c: "ngo-annual" | "ngo-temporary" | "visitor", when: Date) =>
      Result.getOrThrow(issuePass(byCategory.get(c)!, defaultPassPolicy, when, serial("X-1")));
    expect(issue("ngo-annual", at).validUntil).toBe("2007-01-01T00:00:00Z");
    expect(issue("ngo-annual", new Date("2006-12-31T23:59:59Z")).validUntil).toBe("2007-01-01T00:00:00Z");
    expect(issue("ngo-temporary", at).validUntil).toBe("2006-06-06T07:00:00Z");
    expect(issue("ngo-temporary", new Date("2006-11-30T10:00:00Z")).validUntil).toBe("2007-02-28T10:00:00Z");
    expect(issue("visitor", at).validUntil).toBe("2006-03-07T07:00:00Z");
  });

  it("an under-age NGO representative, a wished end past the maximum and a zone the category does not open are all listed", () => {
    const request = new Map(sampleRequests).get("ngo-temporary")!;
    const result = issuePass(
      {
        ...request,
        holder: { ...request.holder, dateOfBirth: "1990-03-07" },
        validUntil: "2006-07-01T00:00:00Z",
        zones: ["grounds", "offices"],
      },
      defaultPassPolicy,
      new Date("2008-03-06T12:00:00Z"),
      serial("X-2"),
    );
    expect(Result.isFailure(result) && result.failure.issues.map((i) => i.path)).toEqual(
      ["$.holder.dateOfBirth", "$.validFrom", "$.validUntil", "$.zones[1]"].filter((p) => p !== "$.validFrom"),
    );
    // the holder turns 18 on 2008-03-07: one day later the age requirement is met
    const older = issuePass(
      { ...request, holder: { ...request.holder, dateOfBirth: "1990-03-07" } },
      defaultPassPolicy,
      new Date("2008-03-07T00:00:00Z"),
      serial("X-3"),
    );
    expect(Result.isSuccess(older)).toBe(true);
  });

  it("a wished start before the issuing time and an end before the start are refused", () => {
    const request = new Map(sampleRequests).get("staff")!;
    const result = issuePass(
      { ...request, validFrom: "2006-03-01T00:00:00Z", validUntil: "2006-02-01T00:00:00+01:00" },
      defaultPassPolicy,
      at,
      serial("X-4"),
    );
    expect(Result.isFailure(result) && result.failure.issues.map((i) => i.path)).toEqual([
      "$.validFrom",
      "$.validUntil",
    ]);
  });

  it("the start may fall anywhere in the issuing second but not 1 ms before it; an end equal to the start is refused", () => {
    const request = new Map(sampleRequests).get("visitor")!;
    const issuedAt = new Date("2006-03-06T07:00:00.250Z");
    const paths = (validFrom: string, validUntil: string) => {
      const result = issuePass({ ...request, validFrom, validUntil }, defaultPassPolicy, issuedAt, serial("X-5"));
      return Result.isFailure(result) ? result.failure.issues.map((i) => i.path) : [];
    };
    expect(paths("2006-03-06T07:00:00.000Z", "2006-03-06T08:00:00Z")).toEqual([]);
    expect(paths("2006-03-06T06:59:59.999Z", "2006-03-06T08:00:00Z")).toEqual(["$.validFrom"]);
    expect(paths("2006-03-06T06:59:59Z", "2006-03-06T08:00:00Z")).toEqual(["$.validFrom"]);
    expect(paths("2006-03-06T07:30:00Z", "2006-03-06T07:30:00.999Z")).toEqual(["$.validUntil"]);
    expect(paths("2006-03-06T07:30:00Z", "2006-03-06T07:30:00Z")).toEqual(["$.validUntil"]);
    const shortest = Result.getOrThrow(
      issuePass(
        { ...request, validFrom: "2006-03-06T07:30:00Z", validUntil: "2006-03-06T07:30:01Z" },
        defaultPassPolicy,
        issuedAt,
        serial("X-6"),
      ),
    );
    expect([shortest.validFrom, shortest.validUntil]).toEqual(["2006-03-06T07:30:00Z", "2006-03-06T07:30:01Z"]);
  });

  test.prop([instantArb, fc.integer({ min: -2500, max: 2500 }), fc.integer({ min: -2500, max: 2500 })])(
    "a wished window is refused exactly when its start second is before the issuing second or its end second is not after its start second",
    (issuedAt, startDelta, endDelta) => {
      const request = new Map(sampleRequests).get("visitor")!;
      const wishedStart = issuedAt.getTime() + startDelta;
      const validFrom = new Date(wishedStart).toISOString();
      const validUntil = new Date(wishedStart + endDelta).toISOString();
      const second = (ms: number) => Math.floor(ms / 1000);
      const start = second(wishedStart);
      const end = second(wishedStart + endDelta);
      const expected = [
        ...(start < second(issuedAt.getTime()) ? ["$.validFrom"] : []),
        ...(end <= start ? ["$.validUntil"] : []),
      ];
      const result = issuePass({ ...request, validFrom, validUntil }, defaultPassPolicy, issuedAt, serial("X-7"));
      if (expected.length > 0)
        expect(Result.isFailure(result) && result.failure.issues.map((i) => i.path)).toEqual(expected);
      else
        expect(Result.isSuccess(result) && [result.success.validFrom, result.success.validUntil]).toEqual([
          `${validFrom.slice(0, 19)}Z`,
          `${validUntil.slice(0, 19)}Z`,
        ]);
    },
  );

  const fieldOf: Record<Requirement["kind"], keyof PassRequest | "dateOfBirth" | "role"> = {
    sponsor: "sponsor",
    "identity-documents": "identityDocuments",
    passport: "identityDocuments",
    photo: "photo",
    contract: "contract",
    "assignment-letter": "assignmentLetter",
    "minimum-age": "dateOfBirth",
    "head-approved-first": "role",
  };
  const holderFields: ReadonlyArray<string> = ["dateOfBirth", "role"];
  const pathOf = (field: string) => (holderFields.includes(field) ? `$.holder.${field}` : `$.${field}`);
  const removable = [
    "sponsor",
    "identityDocuments",
    "photo",
    "contract",
    "assignmentLetter",
    "dateOfBirth",
    "role",
  ] as const;

  test.prop([fc.constantFrom(...sampleRequests), fc.subarray([...removable]), instantArb, serialArb])(
    "issuance lists every unmet requirement, not only the first (and issues when none is unmet)",
    ([category, sample], removed, when, id) => {
      const { holder, ...rest } = sample;
      // mutable copies of the sample, of its own types: only optional fields are removed
      const holderCopy: { -readonly [K in keyof PassRequest["holder"]]: PassRequest["holder"][K] } = {
        ...holder,
        dateOfBirth: "1950-01-01",
      };
      const request: { -readonly [K in keyof PassRequest]: PassRequest[K] } = { ...rest, holder: holderCopy };
      for (const field of removed) {
        if (field === "dateOfBirth" || field === "role") delete holderCopy[field];
        else delete request[field];
      }
      const expected = defaultPassPolicy.categories[category].requirements
        .map((r) => fieldOf[r.kind])
        .filter((field) => (removed as ReadonlyArray<string>).includes(field))
        .map(pathOf);
      const result = issuePass(request, defaultPassPolicy, when, id);
      if (expected.length === 0) {
        expect(Result.isSuccess(result)).toBe(true);
      } else {
        expect(Result.isFailure(result)).toBe(true);
        if (Result.isFailure(result)) {
          expect(result.failure.issues.map((i) => i.path)).toEqual(expected);
          expect(result.failure.issues.every((i) => i.expected.length > 0 && i.message.startsWith(i.path))).toBe(true);
        }
      }
    },
  );

  test.prop([fc.constantFrom(...sampleRequests), instantArb, serialArb])(
    "a pass never outlasts its category's maximum validity and starts at the issuing second",
    ([category, request], when, id) => {
      const pass = Result.getOrThrow(issuePass(request, defaultPassPolicy, when, id));
      expect(Date.parse(pass.validFrom)).toBe(Math.floor(when.getTime() / 1000) * 1000);
      expect(Date.parse(pass.validUntil)).toBeGreaterThan(Date.parse(pass.validFrom));
      const rule = defaultPassPolicy.categories[category];
      const days = (Date.parse(pass.validUntil) - Date.parse(pass.validFrom)) / 86_400_000;
      const maxDays =
        rule.maxValidity.unit === "days"
          ? rule.maxValidity.amount
          : rule.maxValidity.unit === "months"
            ? rule.maxValidity.amount * 31
            : 366;
      expect(days).toBeLessThanOrEqual(maxDays);
      expect(pass.id).toBe(id);
      // the badge's name and organization, and the role only when the request states it
      expect(Object.keys(pass.holder).sort()).toEqual(
        request.holder.role === undefined ? ["name", "organization"] : ["name", "organization", "role"],
      );
    },
  );
});

describe("issuePass with the register: passes per organization", () => {
  it("an NGO holds at most 7 annual passes in force at a duty station (New York rule); an 8th is refused with every other problem", () => {
    const request = new Map(sampleRequests).get("ngo-annual")!;
    let register: PassRegister = [];
    for (let i = 1; i <= 7; i++) {
      const pass = Result.getOrThrow(issuePass(request, defaultPassPolicy, at, serial(`NY-Q${i}`), register));
      register = Result.getOrThrow(registerPass(register, pass));
    }
    const eighth = issuePass({ ...request, photo: undefined }, defaultPassPolicy, at, serial("NY-Q8"), register);
    expect(Result.isFailure(eighth) && eighth.failure.issues.map((i) => i.path)).toEqual([
      "$.photo",
      "$.holder.organization",
    ]);
    // another organization, another duty station, or a revoked pass do not count
    expect(
      Result.isSuccess(
        issuePass(
          { ...request, holder: { ...request.holder, organization: "Other NGO" } },
          defaultPassPolicy,
          at,
          serial("NY-Q9"),
          register,
        ),
      ),
    ).toBe(true);
    expect(
      Result.isSuccess(
        issuePass(
          { ...request, dutyStation: "Geneva" as PassRequest["dutyStation"] },
          defaultPassPolicy,
          at,
          serial("GE-Q1"),
          register,
        ),
      ),
    ).toBe(true);
    const freed = Result.getOrThrow(revokePass(register, serial("NY-Q1"), at, "left the organization"));
    expect(Result.isSuccess(issuePass(request, defaultPassPolicy, at, serial("NY-Q10"), freed))).toBe(true);
    // next year the annual passes have expired
    expect(
      Result.isSuccess(
        issuePass(request, defaultPassPolicy, new Date("2007-01-02T00:00:00Z"), serial("NY-Q11"), register),
      ),
    ).toBe(true);
  });
});

describe("issuePass with the register: the head or chief administrative officer approved first", () => {
  const head = new Map(sampleRequests).get("ngo-annual")!;
  const representative: PassRequest = {
    ...head,
    holder: { ...head.holder, name: "R. Representative", role: "representative" },
    sponsor: "a passer-by",
  };
  const pathsOf = (result: ReturnType<typeof issuePass>) =>
    Result.isFailure(result) ? result.failure.issues.map((i) => i.path) : [];

  it("an NGO with no approved head gets no representative's annual pass (empty register, any sponsor)", () => {
    const alone = issuePass(representative, defaultPassPolicy, at, serial("NY-H1"));
    expect(pathsOf(alone)).toEqual(["$.holder.role"]);
    if (Result.isFailure(alone)) {
      const [issue] = alone.failure.issues;
      expect(issue?.expected).toMatch(
        /^a pass in force of the head or chief administrative officer of "Example Foundation for Peace"/,
      );
      expect(issue?.received).toBe(`"representative" (no pass of its head or chief administrative officer in force)`);
    }
    // a request that does not say who the holder is to the organization is refused too
    const { role: _role, ...unsaid } = representative.holder;
    expect(pathsOf(issuePass({ ...representative, holder: unsaid }, defaultPassPolicy, at, serial("NY-H2")))).toEqual([
      "$.holder.role",
    ]);
  });

  it("once the head's or the chief administrative officer's pass is on the register, and only while it is in force", () => {
    const headPass = Result.getOrThrow(issuePass(head, defaultPassPolicy, at, serial("NY-H3")));
    expect(headPass.holder.role).toBe("head");
    const register = Result.getOrThrow(registerPass([], headPass));
    expect(Result.isSuccess(issuePass(representative, defaultPassPolicy, at, serial("NY-H4"), register))).toBe(true);
    const officer = Result.getOrThrow(
      issuePass(
        { ...head, holder: { ...head.holder, role: "chief-administrative-officer" } },
        defaultPassPolicy,
        at,
        serial("GE-H5"),
      ),
    );
    // one head and one chief administrative officer for every duty station: Geneva's counts in New York
    const geneva = Result.getOrThrow(
      registerPass([], { ...officer, dutyStation: "Geneva" as PassRequest["dutyStation"] }),
    );
    expect(Result.isSuccess(issuePass(representative, defaultPassPolicy, at, serial("NY-H6"), geneva))).toBe(true);
    // suspended, revoked, expired, another organization's, or a category without the rule: no
    const suspended = Result.getOrThrow(suspendPass(register, headPass.id, at, "under review"));
    const revoked = Result.getOrThrow(revokePass(register, headPass.id, at, "left the organization"));
    const otherNgo = Result.getOrThrow(
      registerPass([], { ...headPass, holder: { ...headPass.holder, organization: "Other NGO" } }),
    );
    const visitorPass = Result.getOrThrow(registerPass([], { ...headPass, category: "visitor" }));
    for (const without of [suspended, revoked, otherNgo, visitorPass])
      expect(pathsOf(issuePass(representative, defaultPassPolicy, at, serial("NY-H7"), without))).toEqual([
        "$.holder.role",
      ]);
    const nextYear = new Date("2007-01-02T00:00:00Z");
    expect(pathsOf(issuePass(representative, defaultPassPolicy, nextYear, serial("NY-H8"), register))).toEqual([
      "$.holder.role",
    ]);
  });

  it("is policy data: an agency that drops the requirement issues the representative's pass", () => {
    const rule = defaultPassPolicy.categories["ngo-annual"];
    const policy = {
      ...defaultPassPolicy,
      categories: {
        ...defaultPassPolicy.categories,
        "ngo-annual": { ...rule, requirements: rule.requirements.filter((r) => r.kind !== "head-approved-first") },
      },
    };
    expect(Result.isSuccess(issuePass(representative, policy, at, serial("NY-H9")))).toBe(true);
  });

  const organizations = ["Example Foundation for Peace", "Other NGO"] as const;
  const roleArb = fc.constantFrom<HolderRole | undefined>(
    "head",
    "chief-administrative-officer",
    "representative",
    undefined,
  );
  const entryArb = fc.record({
    category: fc.constantFrom<PassCategory>(...categories),
    organization: fc.constantFrom(...organizations),
    role: roleArb,
    status: fc.constantFrom("active" as const, "suspended" as const, "revoked" as const),
    dutyStation: fc.constantFrom("New York", "Geneva"),
    inForce: fc.boolean(),
  });

  test.prop([fc.array(entryArb, { maxLength: 12 }), roleArb])(
    "law: a holder's role is refused iff it is missing, or a representative's while no head or chief administrative officer pass of a head-first category is active and in force",
    (entries, role) => {
      const register: PassRegister = entries.map((e, i) =>
        registerLine(`NY-E${i}`, e, {
          issuedAt: "2006-01-01T00:00:00Z",
          validFrom: "2006-01-01T00:00:00Z",
          validUntil: e.inForce ? "2006-12-31T00:00:00Z" : "2006-03-06T07:00:00Z",
        }),
      );
      const approved = entries.some(
        (e) =>
          e.status === "active" &&
          e.inForce &&
          e.organization === organizations[0] &&
          (e.role === "head" || e.role === "chief-administrative-officer") &&
          e.category === "ngo-annual",
      );
      const { role: _role, ...holder } = head.holder;
      const request = { ...head, holder: role === undefined ? holder : { ...holder, role } };
      const refused = pathsOf(issuePass(request, defaultPassPolicy, at, serial("NY-P1"), register)).includes(
        "$.holder.role",
      );
      expect(refused).toBe(role === undefined || (role === "representative" && !approved));
    },
  );
});

describe("a refusal stays small (issue 16 item 4, core's makeIssues)", () => {
  it("10 000 zones the category does not open: 100 issues listed, the rest counted, a one-problem message", () => {
    const [, request] = sampleRequests.find(([category]) => category === "visitor")!;
    const zones = Array.from({ length: 10_000 }, (_, i) => `zone-${i}`);
    const refused = issuePass(
      { ...request, zones },
      defaultPassPolicy,
      new Date("2006-06-30T12:00:00Z"),
      serial("NY-1"),
    );
    expect(Result.isFailure(refused)).toBe(true);
    if (Result.isFailure(refused)) {
      expect(refused.failure.issues).toHaveLength(100);
      expect(refused.failure.omitted).toBe(9_900);
      expect(refused.failure.message).toMatch(/^the pass request: 10000 problems; first: \$\.zones\[0\]/);
      expect(refused.failure.message.length).toBeLessThan(300);
    }
  });
});
