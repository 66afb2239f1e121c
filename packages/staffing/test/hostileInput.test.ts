import { describe, expect, it } from "vitest";
import * as Result from "effect/Result";
import { buildHostile } from "../../../tools/vitest/hostile";
import {
  compareShiftLengths,
  convertToEstablished,
  countNationalities,
  createPosts,
  findPlacements,
  officersNeeded,
  reclassifyPost,
  shareOfWomen,
  summarizeStaffing,
  weeklyOvertime,
} from "@unsms/staffing";

// Issue 16 item 5: whatever a plain JavaScript caller passes, an answer, never an exception
// or a hang (the every-function property is packages/sdk/test/hostile.test.ts).
const revoked = (): object => buildHostile({ special: "revoked proxy" }) as object;
const huge = { length: 2 ** 32 - 1 };
const tagOf = (result: Result.Result<unknown, { readonly _tag: string }>): string | undefined =>
  Result.isFailure(result) ? result.failure._tag : undefined;
const policy = { shiftHours: 8, weeklyContractHours: 40, reliefFactor: "1/5" };

describe("hostile values are errors, not exceptions", () => {
  it.each([
    ["a revoked proxy", revoked()],
    ["null", null],
    ["an array-like with a huge length", huge],
  ])("%s as a list or a table", (_, value) => {
    expect(tagOf(summarizeStaffing(value as never))).toBe("InvalidStaffingTable");
    expect(tagOf(summarizeStaffing({ units: value } as never))).toBe("InvalidStaffingTable");
    expect(tagOf(createPosts(value as never, []))).toBe("PostChangeRejected");
    expect(tagOf(convertToEstablished([], value as never))).toBe("PostChangeRejected");
    expect(tagOf(reclassifyPost(value as never, { post: "a", to: "P-4" } as never, { entries: [] } as never))).toBe(
      "PostChangeRejected",
    );
    expect(tagOf(officersNeeded(value as never, 1))).toBe("InvalidCoveragePolicy");
    expect(tagOf(weeklyOvertime(value as never, 1, 1))).toBe("InvalidCoveragePolicy");
    expect(tagOf(compareShiftLengths(policy, 1, 1, value as never))).toBe("InvalidCoveragePolicy");
    expect(countNationalities(value as never)).toBe(0);
    expect(shareOfWomen(value as never)).toEqual([]);
    expect(findPlacements(value as never)).toEqual({ placements: [], complete: false, steps: 0 });
  });

  it("a huge rate precision is refused, not printed", () => {
    const post = {
      id: "a",
      grade: "P-4",
      unit: "U",
      dutyStation: "NY",
      funding: "regular-budget",
      status: "established",
      incumbent: { gender: "woman" },
    };
    expect(shareOfWomen([post] as never, "category", 1e9)).toEqual([]);
  });

  it("a search whose candidates outnumber the step budget gives up at once (it listed C(60, 30) ≈ 10^17 of them)", () => {
    const columns = Array.from({ length: 60 }, (_, k) => `c${k}`);
    const table = {
      columns,
      columnTotals: columns.map(() => 1),
      total: 60,
      rows: [{ function: "f", values: Array.from({ length: 30 }, () => 1), columns: null, total: 30 }],
    };
    expect(findPlacements(table)).toEqual({ placements: [], complete: false, steps: 0 });
  });
});

describe("what was received is described by core's describeValue", () => {
  it.each([
    [[3], "$.posts[0]", "3"],
    [["P-3"], "$.posts[0]", '"P-3"'],
    [{ length: 2 ** 32 - 1 }, "$.posts", "an object"],
    [Array.from({ length: 1_000_001 }), "$.posts", "an array of 1000001 items"],
  ])("posts %#", (posts, path, received) => {
    const result = createPosts(posts as never, []);
    expect(Result.isFailure(result) && result.failure.issues[0]).toMatchObject({ path, received });
  });
  it("an option", () => {
    const result = summarizeStaffing({ units: [] }, { by: 7 } as never);
    expect(Result.isFailure(result) && result.failure.issues[0]).toMatchObject({ path: "options.by", received: "7" });
  });
});
