import { decode } from "@unsms/core/schema";
import * as Result from "effect/Result";
import { describe, expect, test } from "vitest";
import { defaultPassPolicy } from "@unsms/access-pass";
import { PassPolicySchema } from "@unsms/access-pass/schema";
import { categories } from "../support/fixtures";

describe("defaultPassPolicy", () => {
  test("is a valid policy with a rule and a source for every category", () => {
    expect(Result.isSuccess(decode(PassPolicySchema, defaultPassPolicy))).toBe(true);
    expect(Object.keys(defaultPassPolicy.categories).sort()).toEqual([...categories].sort());
    for (const rule of Object.values(defaultPassPolicy.categories)) {
      expect(rule.source.document.length).toBeGreaterThan(0);
      expect(rule.zones.length).toBeGreaterThan(0);
    }
  });

  test("encodes the public NGO rules: 18+, annual to 31 December, temporary 3 months renewable once, station-bound", () => {
    const annual = defaultPassPolicy.categories["ngo-annual"];
    const temporary = defaultPassPolicy.categories["ngo-temporary"];
    expect(annual.requirements).toContainEqual({ kind: "minimum-age", years: 18 });
    expect(temporary.requirements).toContainEqual({ kind: "minimum-age", years: 18 });
    expect(annual.maxValidity).toEqual({ unit: "calendar-year" });
    expect(temporary.maxValidity).toEqual({ unit: "months", amount: 3 });
    expect(temporary.maxRenewals).toBe(1);
    expect([annual.maxPerOrganization, temporary.maxPerOrganization]).toEqual([7, 9]);
    expect(annual.stationBound && temporary.stationBound).toBe(true);
  });

  test("media need an assignment letter and two identity documents, one a passport; contractors a contract; visitors an escort", () => {
    const media = defaultPassPolicy.categories.media.requirements;
    expect(media).toContainEqual({ kind: "assignment-letter" });
    expect(media).toContainEqual({ kind: "identity-documents", count: 2 });
    expect(media).toContainEqual({ kind: "passport" });
    expect(defaultPassPolicy.categories.contractor.requirements).toContainEqual({ kind: "contract" });
    expect(defaultPassPolicy.categories.visitor.escortRequired).toBe(true);
    expect(defaultPassPolicy.categories.delegate.requirements).toContainEqual({ kind: "photo" });
  });

  test("an agency policy that lacks a category is refused by the schema, with the path", () => {
    const { visitor: _dropped, ...rest } = defaultPassPolicy.categories;
    const result = decode(PassPolicySchema, { ...defaultPassPolicy, categories: rest });
    expect(Result.isFailure(result) && result.failure.issues.map((i) => i.path)).toEqual(["$.categories.visitor"]);
  });
});
