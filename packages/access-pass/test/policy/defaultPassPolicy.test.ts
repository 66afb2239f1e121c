import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { decode } from "@unsms/core/schema";
import * as Result from "effect/Result";
import { describe, expect, test } from "vitest";
import { defaultPassPolicy, type CategoryRule } from "@unsms/access-pass";
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

  test("every source has a year: none reads as the report's 2006 (core's Citation)", () => {
    for (const [category, rule] of Object.entries(defaultPassPolicy.categories)) {
      expect([category, typeof rule.source.year]).toEqual([category, "number"]);
      expect(rule.source.year).not.toBe(2006);
    }
  });

  // The guide's table: every value is the policy's, and a value is starred exactly when the
  // rule's source.note lists it among "The SDK's assumptions:".
  const guide = readFileSync(fileURLToPath(new URL("../../../../docs/guides/access-pass.md", import.meta.url)), "utf8");
  const table = guide.slice(guide.indexOf("| category | must carry |"));
  const rows = table
    .slice(0, table.indexOf("\n\n"))
    .split("\n")
    .slice(2)
    .map((line) =>
      line
        .slice(2, -2)
        .split(" | ")
        .map((cell) => cell.trim()),
    );
  const validityText = (rule: CategoryRule): string =>
    rule.maxValidity.unit === "calendar-year"
      ? "to 31 December"
      : `${rule.maxValidity.amount} ${rule.maxValidity.unit === "days" ? "day" : "month"}${rule.maxValidity.amount === 1 ? "" : "s"}`;
  const renewalsText = (rule: CategoryRule): string =>
    rule.maxRenewals === 1000
      ? "any"
      : rule.maxRenewals === 0
        ? "none"
        : rule.maxRenewals === 1
          ? "once"
          : `${rule.maxRenewals}`;
  const yesNo = (value: boolean): string => (value ? "yes" : "no");

  test("the guide's table gives every category's values, starred exactly where the note says they are assumed", () => {
    expect(rows.map(([category]) => category!.replace("*", "")).sort()).toEqual([...categories].sort());
    for (const [categoryCell, , validity, renewals, stationBound, escort] of rows) {
      const rule =
        defaultPassPolicy.categories[categoryCell!.replace("*", "") as keyof typeof defaultPassPolicy.categories];
      const assumed = rule.source.note?.split("The SDK's assumptions:")[1];
      expect(assumed, categoryCell).toBeDefined();
      const columns = [
        [validity!, validityText(rule), /validity/],
        [renewals!, renewalsText(rule), /renewal/],
        [stationBound!, yesNo(rule.stationBound), /station-bound/],
        [escort!, yesNo(rule.escortRequired), /escort/],
      ] as const;
      for (const [cell, value, keyword] of columns) {
        expect([categoryCell, cell.replace("*", "")]).toEqual([categoryCell, value]);
        expect([categoryCell, cell, cell.endsWith("*")]).toEqual([categoryCell, cell, keyword.test(assumed ?? "")]);
      }
    }
  });
});
