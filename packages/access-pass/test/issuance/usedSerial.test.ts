import { readFileSync } from "node:fs";
import { fc, test } from "@fast-check/vitest";
import { decode } from "@unsms/core/schema";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { defaultPassPolicy, issuePass, registerPass, revokePass, type PassRegister } from "@unsms/access-pass";
import { PassRegisterSchema } from "@unsms/access-pass/schema";
import { sampleRequests, serial, serialArb, storedPass } from "../support/fixtures";

const gateRegister: PassRegister = Result.getOrThrow(
  decode(
    PassRegisterSchema,
    JSON.parse(
      readFileSync(new URL("../../../../docs/examples/access-pass/gate/register.json", import.meta.url), "utf8"),
    ),
  ),
);
const at = new Date("2006-03-06T07:00:00Z");

describe("issuePass with a register refuses a serial already in it", () => {
  it("the docs' register: NY-2006-070828 is revoked there, so no new pass gets its serial", () => {
    const request = new Map(sampleRequests).get("ngo-annual")!;
    const reused = issuePass(request, defaultPassPolicy, at, serial("NY-2006-070828"), gateRegister);
    expect(Result.isFailure(reused)).toBe(true);
    if (Result.isFailure(reused)) {
      expect(reused.failure._tag).toBe("PassRequestRefused");
      expect(reused.failure.issues).toEqual([
        {
          path: "serial",
          expected: "a serial not yet in the register (a serial is used once)",
          received: '"NY-2006-070828" (revoked in the register)',
          message: 'serial: "NY-2006-070828" is already in the register (revoked): a serial is used once',
        },
      ]);
    }
    // another serial is issued, and that pass can be registered and revoked
    const fresh = Result.getOrThrow(issuePass(request, defaultPassPolicy, at, serial("NY-2006-070829"), gateRegister));
    const registered = Result.getOrThrow(registerPass(gateRegister, fresh));
    expect(Result.isSuccess(revokePass(registered, fresh.id, at, "lost"))).toBe(true);
    // without a register nothing is known of used serials
    expect(Result.isSuccess(issuePass(request, defaultPassPolicy, at, serial("NY-2006-070828")))).toBe(true);
  });

  test.prop([
    fc.constantFrom(...sampleRequests),
    fc.array(fc.tuple(serialArb, fc.constantFrom("active" as const, "suspended" as const, "revoked" as const)), {
      maxLength: 8,
    }),
    fc.option(fc.nat(), { nil: undefined }),
    serialArb,
    fc.boolean(),
  ])(
    "law: refused at serial iff the register holds the serial, whatever its status, category or validity, and listed with every other problem",
    ([, request], entries, pick, fresh, withProblem) => {
      // half the time a serial of the register, whatever its status
      const wanted = pick === undefined || entries.length === 0 ? fresh : entries[pick % entries.length]![0];
      const register: PassRegister = entries.map(([id, status], i) => ({
        pass: storedPass({ id, holder: { name: "A", organization: `Organization ${i}` } }),
        status,
        changedAt: "2006-06-30T12:00:00Z",
      }));
      const used = entries.some(([id]) => id === wanted);
      const asked = withProblem ? { ...request, validFrom: "2000-01-01T00:00:00Z" } : request;
      const result = issuePass(asked, defaultPassPolicy, at, wanted, register);
      const paths = Result.isFailure(result) ? result.failure.issues.map((i) => i.path) : [];
      expect(paths.includes("serial")).toBe(used);
      expect(paths.includes("$.validFrom")).toBe(withProblem);
      expect(Result.isSuccess(result)).toBe(!used && !withProblem);
    },
  );
});
