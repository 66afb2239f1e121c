import { fc, test } from "@fast-check/vitest";
import { shareBudget } from "@unsms/cost-sharing";
import { EUR, formatMoney, makeMoney, USD } from "@unsms/core";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { participantsArb } from "../support/arbitraries";

const usd = (units: bigint) => makeMoney(units, USD);

describe("shareBudget", () => {
  it("field part by headcount, central part to the UN, which also takes its field share", () => {
    const shared = Result.getOrThrow(
      shareBudget({ field: usd(6_000_000_000n), central: usd(2_000_000_000n), centralBearer: "UN" }, [
        { id: "UN", headcount: 5000 },
        { id: "UNDP", headcount: 3000 },
        { id: "UNICEF", headcount: 2000 },
      ]),
    );
    expect(
      shared.shares.map((line) => [
        line.id,
        formatMoney(line.field),
        formatMoney(line.central),
        formatMoney(line.total),
        line.percentage,
      ]),
    ).toEqual([
      ["UN", "30000000.00", "20000000.00", "50000000.00", "62.50"],
      ["UNDP", "18000000.00", "0.00", "18000000.00", "22.50"],
      ["UNICEF", "12000000.00", "0.00", "12000000.00", "15.00"],
    ]);
    expect(formatMoney(shared.total)).toBe("80000000.00");
  });

  it("errors: a bearer that is not a participant, mixed currencies", () => {
    const noBearer = shareBudget({ field: usd(1n), central: usd(1n), centralBearer: "UN" }, [
      { id: "UNDP", headcount: 1 },
    ]);
    expect(Result.isFailure(noBearer) && noBearer.failure._tag).toBe("UnknownParticipant");
    const mixed = shareBudget({ field: usd(1n), central: makeMoney(1n, EUR), centralBearer: "UNDP" }, [
      { id: "UNDP", headcount: 1 },
    ]);
    expect(Result.isFailure(mixed) && mixed.failure._tag).toBe("CurrencyMismatch");
  });

  test.prop([fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.bigInt({ min: 0n, max: 10n ** 15n }), participantsArb(20)])(
    "the lines add up to field + central, and only the bearer has central costs",
    (field, central, participants) => {
      const bearer = participants[0]?.id ?? "";
      const shared = Result.getOrThrow(
        shareBudget({ field: usd(field), central: usd(central), centralBearer: bearer }, participants),
      );
      expect(shared.shares.reduce((sum, line) => sum + line.total.minorUnits, 0n)).toBe(field + central);
      for (const line of shared.shares) expect(line.central.minorUnits).toBe(line.id === bearer ? central : 0n);
    },
  );
});
