import { MAX_ISSUES } from "@unsms/core";
import { describe, expect, it } from "vitest";
import { checkWeights } from "../../src/internal/checkWeights";

describe("checkWeights", () => {
  it("makes the first MAX_ISSUES issues and counts every problem: no holes for the rest", () => {
    const { issues, found } = checkWeights(new Array<number>(1000).fill(-1), (i) => `$[${i}]`);
    expect([issues.length, found, Object.keys(issues).length]).toEqual([MAX_ISSUES, 1000, MAX_ISSUES]);
  });
});
