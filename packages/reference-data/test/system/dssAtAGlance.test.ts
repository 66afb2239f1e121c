import * as Result from "effect/Result";
import { describe, expect, test } from "vitest";
import { USD, parseMoney } from "@unsms/core";
import { dssAtAGlance } from "@unsms/reference-data";

describe("dssAtAGlance", () => {
  test("carries the report's system-wide figures, each cited", () => {
    expect(dssAtAGlance.staff.value).toBe(1830);
    expect(dssAtAGlance.locations.value).toBe(150);
    expect(dssAtAGlance.countriesWithSecurityAdvisers.value).toBe(146);
    expect(dssAtAGlance.nationalitiesApprox.value).toBe(85);
    expect(dssAtAGlance.operatingHours.value).toEqual({ hoursPerDay: 24, daysPerWeek: 7 });
    for (const figure of Object.values(dssAtAGlance)) {
      expect(figure.citation.document).toBe("A/61/531");
      expect(figure.citation.location).toMatch(/^¶\d+$/);
    }
  });

  test("the budget is an exact amount in US dollars", () => {
    const budget = Result.getOrThrow(parseMoney(dssAtAGlance.biennialBudgetUsdApprox.value, USD));
    expect(budget.minorUnits).toBe(40_000_000_000n);
  });
});
