import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { makeIssue, MAX_ISSUES, summarizeIssues } from "../../src/index";

const issuesOf = (count: number) => Array.from({ length: count }, (_, i) => makeIssue(`$[${i}]`, "x", "y"));

describe("summarizeIssues", () => {
  it("counts the problems found beyond a full list", () => {
    expect(summarizeIssues("bad", issuesOf(MAX_ISSUES), 250)).toBe(
      "bad: 250 problems; first: $[0]: expected x, received y",
    );
  });

  test.prop([fc.nat({ max: 3 * MAX_ISSUES }), fc.anything()])(
    "a count that is not a whole number above a full list's length is ignored, never thrown",
    (count, found) => {
      const issues = issuesOf(count);
      fc.pre(!(count >= MAX_ISSUES && Number.isSafeInteger(found) && (found as number) > count));
      expect(summarizeIssues("bad", issues, found as never)).toBe(summarizeIssues("bad", issues));
    },
  );
});
