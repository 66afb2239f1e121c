import { MAX_AMOUNT_DIGITS } from "@unsms/core";
import { describe, expect, it } from "vitest";
import { MAX_TOTAL_DIGITS, TOTAL_BOUND } from "../../src/internal/checkTotal";

describe("checkTotal's limit", () => {
  it("is 48 digits: MAX_AMOUNT_DIGITS before the decimal point and 18 decimals, and its literal is 10^48", () => {
    expect(MAX_TOTAL_DIGITS).toBe(MAX_AMOUNT_DIGITS + 18);
    expect(TOTAL_BOUND).toBe(10n ** BigInt(MAX_TOTAL_DIGITS));
  });
});
