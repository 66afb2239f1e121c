import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import * as Result from "effect/Result";
import { annexIFramework, chainOfAccountability } from "@unsms/accountability";

const letters = (idOrLetter: string) =>
  Result.getOrThrow(chainOfAccountability(annexIFramework, idOrLetter)).map((link) => link.letter ?? link.id);

describe("chainOfAccountability", () => {
  it("follows the Annex's lines, through intermediate roles, up to the Member States", () => {
    expect(letters("A")).toEqual(["A", "member-states"]);
    expect(letters("E")).toEqual(["E", "B", "A", "member-states"]);
    expect(letters("F")).toEqual(["F", "C", "A", "member-states"]);
    expect(letters("I")).toEqual(["I", "E", "B", "A", "member-states"]);
    expect(letters("warden")).toEqual(["M", "E", "B", "A", "member-states"]);
    expect(letters("L")).toEqual(["L", "F", "C", "A", "member-states"]);
    expect(letters("K")).toEqual(["K", "B", "A", "member-states"]);
    expect(letters("n")).toEqual(["N", "C", "A", "member-states"]);
  });

  it("says how each link is reached and cites it", () => {
    const chain = Result.getOrThrow(chainOfAccountability(annexIFramework, "designated-official"));
    expect(chain.map((link) => link.relation)).toEqual(["self", "through", "accountable-to", "accountable-to"]);
    expect(chain.map((link) => link.citation.location)).toEqual([
      "Annex I, ¶7",
      "Annex I, ¶7",
      "Annex I, ¶7",
      "Annex I, ¶3",
    ]);
  });

  it("chains follow only lines of accountability: a specialized agency's chain ends at the SG it recognizes, not the Member States", () => {
    for (const organizationKind of ["specialized-agency", "other"] as const) {
      for (const start of ["N", "F", "L"]) {
        const chain = Result.getOrThrow(chainOfAccountability(annexIFramework, start, { organizationKind }));
        expect(chain.at(-1)).toMatchObject({ id: "secretary-general", relation: "recognizes-coordination-of" });
        expect(chain.some((link) => link.id === "secretary-general" && link.relation === "accountable-to")).toBe(false);
      }
    }
    for (const organizationKind of ["secretariat", "fund-or-programme"] as const) {
      const chain = Result.getOrThrow(chainOfAccountability(annexIFramework, "N", { organizationKind }));
      expect(chain.map((link) => link.relation)).toEqual([
        "self",
        "accountable-to",
        "accountable-to",
        "accountable-to",
      ]);
      expect(chain.every((link) => link.note === undefined)).toBe(true);
    }
    expect(Result.getOrThrow(chainOfAccountability(annexIFramework, "N"))[2]?.note).toContain(
      "organization kind not given",
    );
    expect(Result.getOrThrow(chainOfAccountability(annexIFramework, "I")).map((link) => link.relation)).toEqual([
      "self",
      "reports-to",
      "through",
      "accountable-to",
      "accountable-to",
    ]);
  });

  it("an unknown role is an UnknownRole error listing the roles", () => {
    const result = chainOfAccountability(annexIFramework, "sheriff");
    expect(Result.isFailure(result) && result.failure._tag).toBe("UnknownRole");
    expect(Result.isFailure(result) && result.failure._tag === "UnknownRole" && result.failure.expected).toContain(
      '"designated-official" (E)',
    );
  });

  test.prop([fc.constantFrom(...annexIFramework.roles.map((role) => role.id))])(
    "every chain of Annex I is finite, without repeats, and ends at the Member States — but the SMT's, which ends at the DO it advises",
    (id) => {
      const chain = Result.getOrThrow(chainOfAccountability(annexIFramework, id));
      expect(chain[0]?.id).toBe(id);
      if (id === "security-management-team")
        expect(chain.map((link) => [link.relation, link.id])).toEqual([
          ["self", id],
          ["advises", "designated-official"],
        ]);
      else expect(chain.at(-1)).toMatchObject({ id: "member-states", name: "Member States" });
      expect(new Set(chain.map((link) => link.id)).size).toBe(chain.length);
      expect(chain.length).toBeLessThanOrEqual(annexIFramework.roles.length + 1);
    },
  );
});
