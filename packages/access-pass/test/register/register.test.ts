import { fc, test } from "@fast-check/vitest";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import {
  defaultPassPolicy,
  issuePass,
  registerPass,
  reinstatePass,
  renewPass,
  replaceLostPass,
  revocationListOf,
  revokePass,
  suspendPass,
  type PassRegister,
} from "@unsms/access-pass";
import { sampleRequests, serial, serialArb } from "../support/fixtures";

// Sign/verify round trips under a shared, loaded CI machine: generous time, never fewer runs.

const requests = new Map(sampleRequests);
const t0 = new Date("2006-03-06T07:00:00Z");
const issueInto = (register: PassRegister, category: Parameters<typeof requests.get>[0], id: string) => {
  const pass = Result.getOrThrow(issuePass(requests.get(category)!, defaultPassPolicy, t0, serial(id)));
  return Result.getOrThrow(registerPass(register, pass));
};

describe("the pass register", () => {
  it("a serial is used once", () => {
    const register = issueInto([], "visitor", "NY-1");
    const again = registerPass(register, register[0]!.pass);
    expect(Result.isFailure(again) && again.failure.reason).toBe("duplicate");
  });

  it("NGO temporary passes renew once, for 3 months from the renewal; annual passes never", () => {
    const register = issueInto(issueInto([], "ngo-temporary", "GE-T1"), "ngo-annual", "NY-A1");
    const first = Result.getOrThrow(
      renewPass(register, serial("GE-T1"), defaultPassPolicy, new Date("2006-06-01T07:00:00Z")),
    );
    expect(first.pass).toMatchObject({
      id: "GE-T1",
      validFrom: "2006-06-01T07:00:00Z",
      validUntil: "2006-09-01T07:00:00Z",
      renewals: 1,
    });
    expect(register[0]!.pass.renewals).toBe(0); // the input is not mutated
    const second = renewPass(first.register, serial("GE-T1"), defaultPassPolicy, new Date("2006-08-01T07:00:00Z"));
    expect(Result.isFailure(second) && second.failure.reason).toBe("renewal-limit");
    const annual = renewPass(register, serial("NY-A1"), defaultPassPolicy, new Date("2006-12-01T00:00:00Z"));
    expect(Result.isFailure(annual) && annual.failure.reason).toBe("renewal-limit");
  });

  it("suspension is lifted by reinstatement; revocation is final", () => {
    const register = issueInto([], "media", "NY-M1");
    const suspended = Result.getOrThrow(
      suspendPass(register, serial("NY-M1"), new Date("2006-04-01T00:00:00Z"), "lent to another person"),
    );
    expect(suspended[0]).toMatchObject({
      status: "suspended",
      reason: "lent to another person",
      changedAt: "2006-04-01T00:00:00Z",
    });
    expect(Result.getOrThrow(revocationListOf(suspended, new Date("2006-04-02T00:00:00Z"))).passIds).toEqual(["NY-M1"]);
    const renewWhileSuspended = renewPass(
      suspended,
      serial("NY-M1"),
      defaultPassPolicy,
      new Date("2006-04-02T00:00:00Z"),
    );
    expect(Result.isFailure(renewWhileSuspended) && renewWhileSuspended.failure.reason).toBe("not-active");
    const back = Result.getOrThrow(reinstatePass(suspended, serial("NY-M1"), new Date("2006-04-10T00:00:00Z")));
    expect(back[0]!.status).toBe("active");
    expect(Result.getOrThrow(revocationListOf(back, new Date("2006-04-11T00:00:00Z"))).passIds).toEqual([]);
    const revoked = Result.getOrThrow(
      revokePass(back, serial("NY-M1"), new Date("2006-05-01T00:00:00Z"), "accreditation withdrawn"),
    );
    const again = revokePass(revoked, serial("NY-M1"), new Date("2006-05-02T00:00:00Z"), "twice");
    expect(Result.isFailure(again) && again.failure.reason).toBe("already-revoked");
    const reinstate = reinstatePass(revoked, serial("NY-M1"), new Date("2006-05-02T00:00:00Z"));
    expect(Result.isFailure(reinstate) && reinstate.failure.reason).toBe("not-suspended");
    // a revoked pass stays listed two days (twice the widest clock skew) after its end, then drops off
    expect(revoked[0]!.pass.validUntil).toBe("2007-03-06T07:00:00Z");
    expect(Result.getOrThrow(revocationListOf(revoked, new Date("2007-03-06T07:00:00Z"))).passIds).toEqual(["NY-M1"]);
    expect(Result.getOrThrow(revocationListOf(revoked, new Date("2007-03-08T06:59:59Z"))).passIds).toEqual(["NY-M1"]);
    expect(Result.getOrThrow(revocationListOf(revoked, new Date("2007-03-08T07:00:00Z"))).passIds).toEqual([]);
  });

  test.prop([fc.constantFrom(...sampleRequests), serialArb, serialArb, fc.integer({ min: 0, max: 86_399 })])(
    "replacing a lost pass gives a new serial with the same end, revokes the old one and lists it",
    ([category], oldId, newId, afterSeconds) => {
      fc.pre(oldId !== newId);
      const register = issueInto([], category, oldId);
      const at = new Date(t0.getTime() + afterSeconds * 1000);
      const { register: next, pass } = Result.getOrThrow(replaceLostPass(register, oldId, newId, at));
      const old = register[0]!.pass;
      expect(pass).toMatchObject({
        id: newId,
        holder: old.holder,
        category: old.category,
        zones: old.zones,
        validUntil: old.validUntil,
      });
      expect(next.find((e) => e.pass.id === oldId)).toMatchObject({
        status: "revoked",
        reason: "lost",
        replacedBy: newId,
      });
      expect(next.find((e) => e.pass.id === newId)?.status).toBe("active");
      expect(Result.getOrThrow(revocationListOf(next, at)).passIds).toEqual([oldId]);
      expect(register).toHaveLength(1);
      const twice = replaceLostPass(next, oldId, serial(`${newId}-2`), at);
      expect(Result.isFailure(twice) && twice.failure.reason).toBe("not-active");
    },
  );

  it("a missing pass, a used serial and an expired pass are refused", () => {
    const register = issueInto(issueInto([], "visitor", "NY-V1"), "visitor", "NY-V2");
    const missing = revokePass(register, serial("NY-404"), t0, "x");
    expect(Result.isFailure(missing) && missing.failure.reason).toBe("not-found");
    const used = replaceLostPass(register, serial("NY-V1"), serial("NY-V2"), t0);
    expect(Result.isFailure(used) && used.failure.reason).toBe("duplicate");
    const expired = replaceLostPass(register, serial("NY-V1"), serial("NY-V3"), new Date("2006-03-08T00:00:00Z"));
    expect(Result.isFailure(expired) && expired.failure.reason).toBe("expired");
    const invalid = suspendPass(register, serial("NY-V1"), new Date(Number.NaN), "x");
    expect(Result.isFailure(invalid) && invalid.failure.reason).toBe("invalid-time");
  });
});

describe("a register past its limit (1 000 000 entries)", () => {
  // a real array claiming 2^32 - 1 entries costs nothing to build; each answer comes at once
  const huge = Object.assign([], { length: 2 ** 32 - 1 }) as PassRegister;
  const pass = Result.getOrThrow(issuePass(requests.get("visitor")!, defaultPassPolicy, t0, serial("NY-9")));

  it("is refused on its length, as invalid-input at register, by every operation", () => {
    const results: ReadonlyArray<Result.Result<unknown, { readonly reason: string; readonly path: string }>> = [
      registerPass(huge, pass),
      revokePass(huge, serial("NY-9"), t0, "lost"),
      renewPass(huge, serial("NY-9"), defaultPassPolicy, t0),
      suspendPass(huge, serial("NY-9"), t0, "lost"),
      reinstatePass(huge, serial("NY-9"), t0),
      replaceLostPass(huge, serial("NY-9"), serial("NY-10"), t0),
      revocationListOf(huge, t0),
    ];
    for (const result of results) {
      expect(Result.isFailure(result) && result.failure.reason).toBe("invalid-input");
      expect(Result.isFailure(result) && result.failure.path).toBe("register");
    }
  });
});
