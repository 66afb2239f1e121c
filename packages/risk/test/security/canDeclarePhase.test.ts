import { describe, expect, test } from "vitest";
import { canDeclarePhase, SECURITY_PHASE_NUMBERS, SECURITY_PHASES } from "@unsms/risk";

describe("canDeclarePhase", () => {
  test("the Designated Official may declare I and II alone", () => {
    for (const phase of ["I", "II"] as const)
      expect(canDeclarePhase({ declarer: "Designated Official", phase }).allowed).toBe(true);
  });

  test("III to V need the Secretary-General's prior authorization", () => {
    for (const phase of ["III", "IV", "V"] as const) {
      expect(canDeclarePhase({ declarer: "Designated Official", phase }).allowed).toBe(false);
      expect(canDeclarePhase({ declarer: "Designated Official", phase, authorizedBy: ["Secretary-General"] })).toEqual({
        allowed: true,
        reasons: [
          `the Designated Official may declare phase ${phase} (${SECURITY_PHASES.find((p) => p.phase === phase)?.name}) with the Secretary-General's prior authorization`,
        ],
      });
    }
  });

  test("an authorization counts only from the phase's prior authority, not from anyone else", () => {
    for (const authorizedBy of [["Under-Secretary-General for Safety and Security"], ["Designated Official"], [""]])
      expect(canDeclarePhase({ declarer: "Designated Official", phase: "III", authorizedBy })).toEqual({
        allowed: false,
        reasons: ["phase III (Relocation) needs the prior authorization of the Secretary-General"],
      });
    expect(
      canDeclarePhase({ declarer: "Designated Official", phase: "V", authorizedBy: ["USG/DSS", "Secretary-General"] })
        .allowed,
    ).toBe(true);
  });

  test("nobody else declares a phase; every broken rule is a reason", () => {
    expect(canDeclarePhase({ declarer: "Area Security Coordinator", phase: "IV" })).toEqual({
      allowed: false,
      reasons: [
        "phase IV (Programme suspension) is declared by the Designated Official, not the Area Security Coordinator",
        "phase IV (Programme suspension) needs the prior authorization of the Secretary-General",
      ],
    });
  });

  test("an agency's phase data replaces the default", () => {
    const strict = SECURITY_PHASES.map((p) => ({ ...p, priorAuthorization: "USG/DSS" }));
    expect(canDeclarePhase({ declarer: "Designated Official", phase: "I" }, strict).allowed).toBe(false);
    expect(
      canDeclarePhase({ declarer: "Designated Official", phase: "I", authorizedBy: ["USG/DSS"] }, strict).allowed,
    ).toBe(true);
    expect(canDeclarePhase({ declarer: "Designated Official", phase: "V" }, []).reasons).toEqual([
      "phase V is not defined in the phase data given",
    ]);
    expect(SECURITY_PHASE_NUMBERS).toHaveLength(5);
  });
});
