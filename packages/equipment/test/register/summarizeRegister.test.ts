import { fc, test } from "@fast-check/vitest";
import { summarizeRegister } from "@unsms/equipment";
import { readReadinessInput } from "@unsms/equipment/schema";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { registerArb, reorder } from "../support/arbitraries";
import { readExample } from "../support/readExample";

describe("summarizeRegister", () => {
  it("the sample register by category (¶35: communications, weapons, protective clothing)", () => {
    const summary = Result.getOrThrow(
      summarizeRegister(Result.getOrThrow(readReadinessInput(readExample("register.json"))).register),
    );
    expect(summary.stations).toBe(3);
    expect(summary.byCategory).toEqual([
      { category: "communications", quantity: 82, serviceable: 77, standard: 81 },
      { category: "protective", quantity: 85, serviceable: 79, standard: 85 },
      { category: "other", quantity: 6, serviceable: 6, standard: 6 },
    ]);
  });

  test.prop([registerArb, fc.array(fc.nat())])(
    "law: the categories add up to the total, whatever the order",
    (register, keys) => {
      const summary = Result.getOrThrow(summarizeRegister(register));
      expect(summary.total.quantity).toBe(register.reduce((s, l) => s + l.quantity, 0));
      expect(summary.byCategory.reduce((s, c) => s + c.quantity, 0)).toBe(summary.total.quantity);
      expect(summarizeRegister(reorder(register, keys))).toEqual(Result.succeed(summary));
    },
  );
});
