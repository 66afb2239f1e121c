import { describe, expect, it } from "vitest";
import { CostSharing, formatMoney, makeMoney, USD } from "@unsms/sdk";
import * as Result from "effect/Result";

describe("@unsms/sdk CostSharing", () => {
  it("apportions through the sdk namespace", () => {
    const result = CostSharing.apportion(makeMoney(10n, USD), [
      { id: "A", headcount: 50 },
      { id: "B", headcount: 20 },
      { id: "C", headcount: 15 },
      { id: "D", headcount: 15 },
    ]);
    expect(Result.getOrThrow(result).shares.map((share) => formatMoney(share.amount))).toEqual([
      "0.05",
      "0.02",
      "0.02",
      "0.01",
    ]);
    expect(formatMoney(CostSharing.formula2005.value.minimum)).toBe("75000.00");
  });
});
