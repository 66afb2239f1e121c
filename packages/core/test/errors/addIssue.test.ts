import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { addIssue, makeIssue, makeIssueList, makeIssues, MAX_ISSUES, type Issue } from "../../src/index";

const issueAt =
  (index: number): (() => Issue) =>
  () =>
    makeIssue(`$[${index}]`, "a known id", '"x"');

describe("addIssue", () => {
  it("lists the first MAX_ISSUES problems and counts every one", () => {
    const list = makeIssueList();
    let made = 0;
    for (let index = 0; index < 250; index++)
      addIssue(list, () => {
        made += 1;
        return issueAt(index)();
      });
    expect(list.found).toBe(250);
    expect(list.issues.map((issue) => issue.path)).toEqual(Array.from({ length: MAX_ISSUES }, (_, i) => `$[${i}]`));
    // past the first MAX_ISSUES, a problem is counted, never worded
    expect(made).toBe(MAX_ISSUES);
    expect(makeIssues("the list is invalid", list.issues, list.found).omitted).toBe(150);
  });

  it("answers whether the issue was listed", () => {
    const list = makeIssueList();
    const answers = Array.from({ length: MAX_ISSUES + 2 }, (_, index) => addIssue(list, issueAt(index)));
    expect(answers.filter(Boolean)).toHaveLength(MAX_ISSUES);
    expect(answers.slice(-2)).toEqual([false, false]);
  });

  it("adds nothing, and throws nothing, for a list or a maker that cannot be used", () => {
    expect(addIssue(null as never, issueAt(0))).toBe(false);
    expect(addIssue({ issues: [], found: Number.NaN }, issueAt(0))).toBe(false);
    expect(addIssue(Object.freeze({ issues: [], found: 0 }), issueAt(0))).toBe(false);
    const list = makeIssueList();
    expect(
      addIssue(list, () => {
        throw new Error("touched");
      }),
    ).toBe(false);
    expect(list.issues).toEqual([]);
  });

  test.prop([fc.nat({ max: 400 })])("n problems: found is n, min(n, MAX_ISSUES) listed, in order", (n) => {
    const list = makeIssueList();
    for (let index = 0; index < n; index++) addIssue(list, issueAt(index));
    expect(list.found).toBe(n);
    expect(list.issues).toHaveLength(Math.min(n, MAX_ISSUES));
    list.issues.forEach((issue, index) => expect(issue.path).toBe(`$[${index}]`));
  });
});
