import { fc, test } from "@fast-check/vitest";
import * as Result from "effect/Result";
import * as z from "zod";
import { describe, expect, it } from "vitest";
import { MAX_ISSUES } from "@unsms/core";
import { boundedRefinement, decode, type ReportIssue } from "@unsms/core/schema";

/** Every id used before, reported at its index: the check both schemas below run. */
const repeatedIds = (ids: ReadonlyArray<string>, report: ReportIssue): void => {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) report([index], id, "an id not used before");
    seen.add(id);
  });
};

const Bounded = z.array(z.string()).superRefine(boundedRefinement(repeatedIds));
/** The same check adding one zod issue per problem, as a refinement did before. */
const Unbounded = z
  .array(z.string())
  .superRefine((ids, context) =>
    repeatedIds(ids, (path, input, expected) =>
      context.addIssue({ code: "custom", path: [...path], input, message: expected }),
    ),
  );
/** Groups of ids, each checked by the refinement, inside a list whose elements decode caps. */
const groupsOf = (Ids: z.ZodType<ReadonlyArray<string>>) => z.strictObject({ groups: z.array(Ids) });

const failureOf = (result: Result.Result<unknown, { issues: unknown; omitted: number; message: string }>) =>
  Result.isFailure(result)
    ? { issues: result.failure.issues, omitted: result.failure.omitted, message: result.failure.message }
    : undefined;

/** Lists of every length to `most` (`size: "max"`), so that more than MAX_ISSUES problems is common. */
const idsUpTo = (most: number) => fc.array(fc.constantFrom("a", "b", "c", "d"), { maxLength: most, size: "max" });
const idsArb = idsUpTo(250);

describe("boundedRefinement", () => {
  test.prop([idsArb])(
    "law: decode answers as for the unbounded check — the same first MAX_ISSUES issues, every problem counted",
    (ids) => {
      expect(failureOf(decode(Bounded, ids))).toEqual(failureOf(decode(Unbounded, ids)));
    },
  );

  test.prop([fc.array(idsUpTo(150), { maxLength: 4 })])(
    "law: inside a list's elements, which decode caps, the answer is the unbounded check's",
    (groups) => {
      expect(failureOf(decode(groupsOf(Bounded), { groups }))).toEqual(
        failureOf(decode(groupsOf(Unbounded), { groups })),
      );
    },
  );

  test.prop([idsArb])("law: zod sees at most MAX_ISSUES issues and one that counts the rest", (ids) => {
    const problems = ids.length - new Set(ids).size;
    const parsed = Bounded.safeParse(ids);
    const issues = parsed.success ? [] : parsed.error.issues;
    expect(issues).toHaveLength(problems <= MAX_ISSUES ? problems : MAX_ISSUES + 1);
    if (problems > MAX_ISSUES)
      expect(issues.at(-1)?.message).toBe(
        `${problems - MAX_ISSUES} more problems of the same check, counted and not listed`,
      );
  });

  it("300 000 problems: 100 listed, the rest counted, and zod made 101 issues", () => {
    const ids = Array.from({ length: 300_001 }, () => "same");
    const result = failureOf(decode(Bounded, ids));
    expect(result?.issues).toHaveLength(MAX_ISSUES);
    expect(result?.omitted).toBe(300_000 - MAX_ISSUES);
    expect(result?.message).toBe(
      'the input is invalid: 300000 problems; first: $[1]: expected an id not used before, received "same"',
    );
    const parsed = Bounded.safeParse(ids);
    expect(parsed.success ? 0 : parsed.error.issues.length).toBe(MAX_ISSUES + 1);
  });

  it("no problem: no issue, the value decoded", () => {
    expect(decode(Bounded, ["a", "b"])).toEqual(Result.succeed(["a", "b"]));
  });
});
