import { describe, expect, it } from "vitest";
import { MAX_ISSUES, summarizeIssues } from "../../src/index";
import { issuesOf } from "../support/issuesOf";

describe("summarizeIssues", () => {
  it("counts the problems found beyond a full list", () => {
    expect(summarizeIssues("bad", issuesOf(MAX_ISSUES), 250)).toBe(
      "bad: 250 problems; first: $[0]: expected x, received y",
    );
  });
  // a count that is ignored: the property beside makeIssues' (test/errors/makeIssues.test.ts)
});
