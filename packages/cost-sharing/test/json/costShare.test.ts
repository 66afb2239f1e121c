import { readFileSync } from "node:fs";
import { fc, test } from "@fast-check/vitest";
import { costShare, readCostShareRequest } from "@unsms/cost-sharing";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";

const example = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../../docs/examples/cost-sharing/${name}`, import.meta.url), "utf8"));

describe("the cost-share JSON contract", () => {
  it("the sample request: shares in input order, amounts with two decimals, World Bank US$ 11 million", () => {
    const response = Result.getOrThrow(Result.flatMap(readCostShareRequest(example("request.json")), costShare));
    expect(response.currency).toBe("USD");
    expect(response.total).toBe("200000000.00");
    expect(response.formula).toEqual({ kind: "proportional" });
    expect(response.shares.map((share) => [share.id, share.amount, share.percentage])).toEqual([
      ["UN", "70000000.00", "35.00"],
      ["UNDP", "31666666.67", "15.83"],
      ["UNICEF", "27333333.33", "13.67"],
      ["WFP", "21333333.33", "10.67"],
      ["UNHCR", "19666666.67", "9.83"],
      ["World Bank", "11000000.00", "5.50"],
      ["WHO", "10333333.33", "5.17"],
      ["FAO", "8666666.67", "4.33"],
    ]);
  });

  it("the withheld sample gives the funding gap", () => {
    const response = Result.getOrThrow(Result.flatMap(readCostShareRequest(example("withheld.json")), costShare));
    expect(response.funding?.gap).toBe("11000000.00");
  });

  it("floor and tiers formulas from JSON, JPY without decimals", () => {
    const floor = Result.getOrThrow(
      Result.flatMap(
        readCostShareRequest({
          currency: "USD",
          total: "1000000.00",
          participants: [{ id: "A", headcount: 100 }, { id: "B", headcount: 1 }],
          formula: { kind: "floor", minimum: "75000.00" },
        }),
        costShare,
      ),
    );
    expect(floor.shares.map((share) => share.amount)).toEqual(["925000.00", "75000.00"]);
    expect(floor.formula).toEqual({ kind: "floor", minimum: "75000.00" });
    const tiers = Result.getOrThrow(
      Result.flatMap(
        readCostShareRequest({
          currency: "JPY",
          total: "1000000",
          participants: [{ id: "A", headcount: 1000 }, { id: "B", headcount: 1 }],
          formula: { kind: "tiers", tiers: [{ belowPercent: "0.5", amount: "25000" }, { belowPercent: "1", amount: "100000" }] },
        }),
        costShare,
      ),
    );
    expect(tiers.shares.map((share) => share.amount)).toEqual(["975000", "25000"]);
    expect(tiers.formula).toEqual({ kind: "tiers", tiers: [{ belowPercent: "0.5", amount: "25000" }, { belowPercent: "1", amount: "100000" }] });
  });

  it("bad requests are values with paths", () => {
    const paths = [
      { currency: "USD", total: "1.00", participants: [{ id: "A", headcount: 1.5 }] },
      { currency: "XXX", total: "1.00", participants: [{ id: "A", headcount: 1 }] },
      { currency: "USD", total: "1.001", participants: [{ id: "A", headcount: 1 }] },
    ].map((input) => {
      const result = readCostShareRequest(input);
      return Result.isFailure(result) ? result.failure._tag : "ok";
    });
    expect(paths).toEqual(["DecodeError", "UnknownCurrency", "InvalidAmount"]);
  });

  test.prop([fc.anything()])("every error is returned, never thrown", (input) => {
    expect(() => Result.flatMap(readCostShareRequest(input), costShare)).not.toThrow();
  });
});
