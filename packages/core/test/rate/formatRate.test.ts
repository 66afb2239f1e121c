import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { formatRate, makeRate } from "../../src/index";

describe("formatRate", () => {
  it("prints a whole percentage by default, rounded half up, and the decimals asked for", () => {
    const rate = Result.getOrThrow(makeRate(1536, 1830));
    expect(formatRate(rate)).toBe("84");
    expect(formatRate(Result.getOrThrow(makeRate(1, 8)))).toBe("13");
    expect(formatRate(rate, 2)).toBe("83.93");
  });
});
