import { describe, expect, test } from "vitest";
import { formatMoney, JPY, KWD, makeMoney, USD } from "@unsms/core";

describe("formatMoney", () => {
  test("writes exactly the currency's decimals", () => {
    expect(formatMoney(makeMoney(3_340_000n, USD))).toBe("33400.00");
    expect(formatMoney(makeMoney(-1n, USD))).toBe("-0.01");
    expect(formatMoney(makeMoney(0n, USD))).toBe("0.00");
    expect(formatMoney(makeMoney(-150n, USD))).toBe("-1.50");
    expect(formatMoney(makeMoney(1000n, JPY))).toBe("1000");
    expect(formatMoney(makeMoney(-1000n, JPY))).toBe("-1000");
    expect(formatMoney(makeMoney(1500n, KWD))).toBe("1.500");
    expect(formatMoney(makeMoney(7n, KWD))).toBe("0.007");
  });
});
