import * as Result from "effect/Result";
import { describe, expect, test } from "vitest";
import { ReferenceData, Staffing } from "@unsms/sdk";

describe("Staffing and ReferenceData through the sdk", () => {
  test("the report's recruitment table rebuilt from its staffing data", () => {
    const summary = Result.getOrThrow(Staffing.summarizeStaffing(ReferenceData.dssStaffingTable, { by: "unit" }));
    expect(summary.rows.find((row) => row.key === "DSS")).toMatchObject({
      authorized: 1830,
      filled: 1536,
      vacant: 294,
      fillRate: "84",
    });
    expect(ReferenceData.staffingReference.recruitmentTable.total.percentage).toBe("84");
  });

  test("coverage through the namespace", () => {
    const need = Result.getOrThrow(
      Staffing.officersNeeded({ shiftHours: 8, weeklyContractHours: 40, reliefFactor: "1/5" }, 1),
    );
    expect(need.officersNeeded).toBe(6);
  });
});
