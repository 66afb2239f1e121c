import { describe, expect, test } from "vitest";
import * as Result from "effect/Result";
import { accountableTo, annexIFramework, appointersOf, getRole } from "@unsms/accountability";
import { parseFramework } from "@unsms/accountability/schema";

describe("role queries", () => {
  test("getRole by id or letter", () => {
    expect(Result.getOrThrow(getRole(annexIFramework, "e")).id).toBe("designated-official");
    expect(Result.getOrThrow(getRole(annexIFramework, "warden")).letter).toBe("M");
    expect(Result.isFailure(getRole(annexIFramework, "Z"))).toBe(true);
  });

  test("an unknown role's error lists the first 12 of Annex I's 14 roles, as core cuts every list", () => {
    const unknown = getRole(annexIFramework, "nope");
    const listed = annexIFramework.roles.slice(0, 12).map((role) => `"${role.id}" (${role.letter})`);
    expect(Result.isFailure(unknown) && unknown.failure._tag === "UnknownRole" && unknown.failure.expected).toBe(
      `one of ${listed.join(", ")}, … (and 2 more)`,
    );
    // an argument, not a place in a document: its path is the argument's name
    expect(Result.isFailure(unknown) && unknown.failure._tag === "UnknownRole" && unknown.failure.path).toBe(
      "idOrLetter",
    );
  });

  test("whom a role is accountable to", () => {
    expect(Result.getOrThrow(accountableTo(annexIFramework, "M")).map((line) => line.to)).toEqual([
      "designated-official",
      "area-security-coordinator",
    ]);
    expect(Result.isFailure(accountableTo(annexIFramework, "nobody"))).toBe(true);
  });

  test("who may appoint a role", () => {
    expect(Result.getOrThrow(appointersOf(annexIFramework, "H")).by).toEqual(["designated-official"]);
    expect(Result.getOrThrow(appointersOf(annexIFramework, "I")).by).toEqual(["usg-dss"]);
    expect(Result.getOrThrow(appointersOf(annexIFramework, "A")).by).toEqual(["member-states"]);
    expect(Result.getOrThrow(appointersOf(annexIFramework, "N")).by).toEqual([]);
    expect(Result.isFailure(appointersOf(annexIFramework, "nobody"))).toBe(true);
  });
});

describe("parseFramework", () => {
  test("loads a later edition from JSON without code changes", () => {
    const edition = JSON.parse(JSON.stringify(annexIFramework));
    edition.edition = "Framework of Accountability (2011)";
    edition.roles = edition.roles.filter((role: { id: string }) => role.id !== "country-security-focal-point");
    edition.roles.push({
      ...edition.roles[0],
      id: "security-cell",
      letter: "O",
      name: "Security Cell",
      accountableTo: [
        {
          to: "designated-official",
          kind: "accountable",
          description: "to the DO",
          citation: { document: "SPM", location: "II.A", year: 2011 },
        },
      ],
      appointment: { ...edition.roles[0].appointment, by: ["designated-official"] },
    });
    const framework = Result.getOrThrow(parseFramework(edition));
    expect(framework.roles).toHaveLength(14);
    expect(Result.getOrThrow(getRole(framework, "O")).name).toBe("Security Cell");
  });

  test("rejects a wrong shape with a DecodeError and a malformed one with InvalidFramework", () => {
    const shape = parseFramework({ edition: "x", roles: "none" });
    expect(Result.isFailure(shape) && shape.failure._tag).toBe("DecodeError");
    const edition = JSON.parse(JSON.stringify(annexIFramework));
    edition.roles[12].accountableTo[0].to = "sheriff";
    const malformed = parseFramework(edition);
    expect(Result.isFailure(malformed) && malformed.failure._tag).toBe("InvalidFramework");
  });
});
