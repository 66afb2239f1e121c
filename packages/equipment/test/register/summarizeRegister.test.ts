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

  it("an item code and a duty station of 128 characters are read, as the schema reads them; 129 are refused", () => {
    const line = (item: string, dutyStation: string) =>
      ({ item, category: "communications", standard: true, dutyStation, quantity: 1, state: "serviceable" }) as never;
    const long = "x".repeat(128);
    expect(Result.getOrThrow(summarizeRegister([line(long, "Kabul")])).total.quantity).toBe(1);
    expect(Result.getOrThrow(summarizeRegister([line("VHF", long)])).total.quantity).toBe(1);
    const item = summarizeRegister([line(`${long}x`, "Kabul")]);
    expect(Result.isFailure(item) && item.failure.path).toBe("$.register[0].item");
    const station = summarizeRegister([line("VHF", `${long}x`)]);
    expect(Result.isFailure(station) && station.failure.path).toBe("$.register[0].dutyStation");
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
