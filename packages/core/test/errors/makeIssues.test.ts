import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { makeIssue, makeIssues, MAX_ISSUES } from "../../src/index";

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
    const issues = Array.from({ length: count }, (_, i) => makeIssue(`$[${i}]`, "x", "y"));
    const fields = makeIssues("bad", issues);
    expect(fields.issues.length).toBe(Math.min(count, MAX_ISSUES));
    expect(fields.issues.length + fields.omitted).toBe(count);
    expect(fields.message).toBe(
      count === 0 ? "bad" : `bad: ${count} problem${count === 1 ? "" : "s"}; first: $[0]: expected x, received y`,
    );
  });
});
