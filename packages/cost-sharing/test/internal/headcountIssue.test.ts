import { makeMoney, USD } from "@unsms/core";
import { apportion } from "@unsms/cost-sharing";
import { apportionWeights, makeApportioner } from "@unsms/cost-sharing/batch";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";

const firstIssue = (result: Result.Result<unknown, object>) =>
  Result.isFailure(result) && "issues" in result.failure
    ? (result.failure.issues as ReadonlyArray<{ path: string; received: string; message: string }>)[0]
    : undefined;

describe("a headcount that is not one is worded the one way, by every entry", () => {
  it.each([
    ["-1", -1, "-1"],
    ["a string", "3", '"3"'],
    ["null", null, "null"],
    ["a fraction", 1.5, "1.5"],
  ])("%s", (_, headcount, received) => {
    const path = "$.participants[1].headcount";
    const expected = {
      path,
      received,
      message: `${path}: expected a headcount: a whole number, 0 or more, received ${received}`,
    };
    const weights = [2, headcount] as never;
    expect(
      firstIssue(apportion(makeMoney(100n, USD), [{ id: "A", headcount: 2 }, { id: "B", headcount } as never])),
    ).toEqual(expect.objectContaining(expected));
    expect(firstIssue(apportionWeights(100n, weights))).toEqual(expect.objectContaining(expected));
    expect(firstIssue(makeApportioner(weights))).toEqual(expect.objectContaining(expected));
  });
});
