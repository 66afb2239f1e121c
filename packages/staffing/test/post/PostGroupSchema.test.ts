import { fc, test } from "@fast-check/vitest";
import { describeValue } from "@unsms/core";
import { decode } from "@unsms/core/schema";
import { PostGroupSchema } from "@unsms/staffing/schema";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { failureIssues } from "../../../../tools/vitest/failureIssues";

describe("PostGroupSchema", () => {
  it("a group with more filled than posts: expected a number <= count, received the filled count", () => {
    expect(failureIssues(decode(PostGroupSchema, { unit: "CEMU", count: 3, filled: 4 }))).toEqual([
      {
        path: "$.filled",
        expected: "a number <= count (3)",
        received: "4",
        message: "$.filled: expected a number <= count (3), received 4",
      },
    ]);
  });

  test.prop([fc.nat({ max: 1_000_000 }), fc.nat({ max: 1_000_000 })])(
    "filled is accepted up to count, and above it is one issue at $.filled that received it",
    (count, filled) => {
      const result = decode(PostGroupSchema, { unit: "CEMU", count, filled });
      if (filled <= count) expect(Result.isSuccess(result)).toBe(true);
      else
        expect(failureIssues(result).map((issue) => [issue.path, issue.expected, issue.received])).toEqual([
          ["$.filled", `a number <= count (${count})`, describeValue(filled)],
        ]);
    },
  );
});
