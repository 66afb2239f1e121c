import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { makeIssue, makeIssues, MAX_ISSUES, summarizeIssues } from "../../src/index";
import { issuesOf } from "../support/issuesOf";

describe("makeIssues", () => {
  it("words one issue the one way", () => {
    expect(makeIssue("$.a", "a number", "null")).toEqual({
      message: "$.a: expected a number, received null",
      path: "$.a",
      expected: "a number",
      received: "null",
    });
  });
  test.prop([fc.nat({ max: 3 * MAX_ISSUES })])("lists at most MAX_ISSUES and counts the rest", (count) => {
    const issues = issuesOf(count);
    const fields = makeIssues("bad", issues);
    expect(fields.issues.length).toBe(Math.min(count, MAX_ISSUES));
    expect(fields.issues.length + fields.omitted).toBe(count);
    expect(fields.message).toBe(
      count === 0 ? "bad" : `bad: ${count} problem${count === 1 ? "" : "s"}; first: $[0]: expected x, received y`,
    );
  });

  it("a caller that made the first MAX_ISSUES and counted a million: the million is in the message and omitted", () => {
    const fields = makeIssues("bad", issuesOf(MAX_ISSUES), 1_000_000);
    expect([fields.issues.length, fields.omitted, fields.message]).toEqual([
      100,
      999_900,
      "bad: 1000000 problems; first: $[0]: expected x, received y",
    ]);
  });

  test.prop([fc.nat({ max: 3 * MAX_ISSUES })])(
    "the first MAX_ISSUES and the count make the same error as the whole list",
    (count) => {
      const all = issuesOf(count);
      expect(makeIssues("bad", all.slice(0, MAX_ISSUES), count)).toEqual(makeIssues("bad", all));
    },
  );

  // one rule for both functions that take a count (core's internal issueCount)
  test.prop([fc.nat({ max: 3 * MAX_ISSUES }), fc.anything()])(
    "a count that is not a whole number above a full list's length is ignored, never thrown (makeIssues and summarizeIssues)",
    (count, found) => {
      const issues = issuesOf(count);
      fc.pre(!(count >= MAX_ISSUES && Number.isSafeInteger(found) && (found as number) > count));
      expect(makeIssues("bad", issues, found as never)).toEqual(makeIssues("bad", issues));
      expect(summarizeIssues("bad", issues, found as never)).toBe(summarizeIssues("bad", issues));
    },
  );

  it("lists a copy: changing the list afterwards does not change the error", () => {
    const issues = issuesOf(2);
    const fields = makeIssues("bad", issues);
    issues.push(makeIssue("$[2]", "x", "y"));
    expect(fields.issues.length).toBe(2);
  });
});
