import { fc, test } from "@fast-check/vitest";
import { decode } from "@unsms/core/schema";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { defaultPassPolicy, issuePass, type PassRegister, type PassRequest } from "@unsms/access-pass";
import { PassRequestSchema, PassSchema } from "@unsms/access-pass/schema";
import { sampleRequests, serial, storedPass } from "../support/fixtures";

const temporary = new Map(sampleRequests).get("ngo-temporary")!; // Geneva, at most 9 per organization
const annual = new Map(sampleRequests).get("ngo-annual")!; // New York, at most 7 per organization
const at = new Date("2006-06-30T08:00:00Z");

/** `count` active passes in force of the request's category and station, held by `organization`. */
const registerOf = (request: PassRequest, organization: string, count: number): PassRegister =>
  Array.from({ length: count }, (_, i) => ({
    pass: storedPass({
      id: `R-${i}`,
      category: request.category,
      dutyStation: request.dutyStation,
      holder: { name: `Holder ${i}`, organization },
      issuedAt: "2006-06-01T00:00:00Z",
      validFrom: "2006-06-01T00:00:00Z",
      validUntil: "2006-08-01T00:00:00Z",
    }),
    status: "active" as const,
    changedAt: "2006-06-01T00:00:00Z",
  }));

const issueAs = (request: PassRequest, organization: string, register: PassRegister) =>
  issuePass(
    { ...request, holder: { ...request.holder, organization } },
    defaultPassPolicy,
    at,
    serial("NEW-1"),
    register,
  );

const pathsOf = (result: ReturnType<typeof issuePass>) =>
  Result.isFailure(result) ? result.failure.issues.map((i) => i.path) : [];

// The re-spellings: what a person, a form or a crafted request may change without naming another organization.
const spaces = ["\u0020", "\u00a0", "\u202f", "\u2007", "\u3000", "\t", "\n"];
const invisible = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u200f", "\u202e"];
type Respell = (name: string) => string;
const respellArb: fc.Arbitrary<Respell> = fc.oneof(
  fc.constant<Respell>((s) => s.toUpperCase()),
  fc.constant<Respell>((s) => s.toLowerCase()),
  fc.constant<Respell>((s) => s.normalize("NFD")),
  fc.constant<Respell>((s) => s.normalize("NFC")),
  fc.tuple(fc.constantFrom(...spaces), fc.constantFrom(...spaces)).map(
    ([before, after]): Respell =>
      (s) =>
        `${before}${s}${after}`,
  ),
  fc.constantFrom(...spaces).map(
    (space): Respell =>
      (s) =>
        s.replaceAll(" ", space),
  ),
  fc.constantFrom(...spaces).map(
    (space): Respell =>
      (s) =>
        s.replaceAll(" ", ` ${space}`),
  ),
  fc.tuple(fc.nat(), fc.constantFrom(...invisible)).map(([at, char]): Respell => (s) => {
    const points = [...s];
    const i = at % (points.length + 1);
    return [...points.slice(0, i), char, ...points.slice(i)].join("");
  }),
);
const nameArb = fc.oneof(
  fc.constantFrom("Example Human Rights Network", "Médecins pour la Paix", "Straße der Hoffnung", "Ärzte Ohne Grenzen"),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 30 }).filter((s) => /[\p{L}\p{N}]/u.test(s)),
);

describe("the passes-per-organization limit counts an organization however its name is spelled", () => {
  it("the reviewer's re-spellings of a 9-pass NGO get no 10th temporary pass", () => {
    const name = "Example Human Rights Network";
    const register = registerOf(temporary, name, 9);
    for (const respelled of [
      name,
      `${name} `,
      "example human rights network",
      "EXAMPLE HUMAN RIGHTS NETWORK",
      name.replace(" ", "\u00a0"),
      name.replace("Network", "Netw\u200bork"),
      `\u202e${name}`,
    ])
      expect(pathsOf(issueAs(temporary, respelled, register))).toEqual(["$.holder.organization"]);
    const accented = "Médecins pour la Paix";
    expect(pathsOf(issueAs(temporary, accented.normalize("NFD"), registerOf(temporary, accented, 9)))).toEqual([
      "$.holder.organization",
    ]);
    // 8 in force leave room for a 9th; another organization is not counted
    expect(Result.isSuccess(issueAs(temporary, `${name} `, registerOf(temporary, name, 8)))).toBe(true);
    expect(Result.isSuccess(issueAs(temporary, `${name} Two`, register))).toBe(true);
  });

  test.prop([nameArb, fc.array(respellArb, { minLength: 1, maxLength: 4 }), fc.boolean()])(
    "law: a name re-spelled by any chain of case changes, NFD/NFC, white space (no-break included) and format characters counts against the limit",
    (name, respellings, isAnnual) => {
      const request = isAnnual ? { ...annual, holder: { ...annual.holder, role: "head" as const } } : temporary;
      const limit = isAnnual ? 7 : 9;
      const respelled = respellings.reduce((s, respell) => respell(s), name);
      expect(pathsOf(issueAs(request, respelled, registerOf(request, name, limit)))).toEqual(["$.holder.organization"]);
      expect(Result.isSuccess(issueAs(request, respelled, registerOf(request, name, limit - 1)))).toBe(true);
    },
  );

  it("the head approved first is found under any spelling of the organization too", () => {
    const representative = { ...annual, holder: { ...annual.holder, role: "representative" as const } };
    const head: PassRegister = [
      {
        pass: storedPass({
          id: "H-1",
          category: "ngo-annual",
          holder: { name: "H", organization: "Example Foundation for Peace", role: "head" },
          validUntil: "2007-01-01T00:00:00Z",
        }),
        status: "active",
        changedAt: "2006-06-01T00:00:00Z",
      },
    ];
    expect(Result.isSuccess(issueAs(representative, " example foundation\u00a0for peace", head))).toBe(true);
    expect(pathsOf(issueAs(representative, "Example Foundation", head))).toEqual(["$.holder.role"]);
  });

  it("a plain JS caller's organization that is no name is refused, not counted apart", () => {
    for (const organization of [42, undefined, "", " \u00a0", "\u200b\u200d"] as ReadonlyArray<unknown>)
      expect(pathsOf(issueAs(temporary, organization as string, []))).toEqual(["$.holder.organization"]);
  });
});

describe("the schemas read an organization's name as core reads an id", () => {
  const decodeRequest = (organization: string) =>
    decode(PassRequestSchema, { ...temporary, holder: { ...temporary.holder, organization } });
  const decodePass = (organization: string) => decode(PassSchema, storedPass({ holder: { name: "A", organization } }));

  it("trims surrounding white space (no-break spaces included) and normalizes to NFC", () => {
    const accented = "Médecins pour la Paix";
    for (const decodeOne of [decodeRequest, decodePass]) {
      const read = (text: string) => {
        const result = decodeOne(text);
        return Result.isSuccess(result) ? result.success.holder.organization : undefined;
      };
      expect(read(" \u00a0Example NGO\u3000")).toBe("Example NGO");
      expect(read(accented.normalize("NFD"))).toBe(accented);
      expect(read("Example\u00a0NGO")).toBe("Example\u00a0NGO"); // white space inside is kept, for the badge
    }
  });

  it("refuses a name of white space only and any control, format (zero-width, bidi) or private-use character", () => {
    for (const decodeOne of [decodeRequest, decodePass])
      for (const organization of [
        " \u00a0 ",
        "Netw\u200bork",
        "\u202eNGO",
        "NGO\u0000",
        "N\tGO",
        "NGO\ue000",
        "NGO\u2028X",
      ])
        expect(Result.isFailure(decodeOne(organization))).toBe(true);
  });
});
