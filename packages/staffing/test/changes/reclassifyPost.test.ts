import { fc, test } from "@fast-check/vitest";
import { formatMoney, type PostId } from "@unsms/core";
import { decode } from "@unsms/core/schema";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { grades, reclassifyPost, type ReclassificationCostTable } from "@unsms/staffing";
import { ReclassificationCostTableSchema, StaffingTableSchema } from "@unsms/staffing/schema";
import { knownTableArb } from "../support/arbitraries";
import { readExample } from "../support/readExample";

// Generous: under a loaded machine a property run or the first CLI import can take seconds; speed is measured by the benchmarks, not here.

const costs = Result.getOrThrow(decode(ReclassificationCostTableSchema, readExample("reclassification-costs.json")));

describe("reclassifyPost", () => {
  it("the deputy's D-2 → ASG costs US$ 33 400 (s.33) + 6 800 (s.35), offset by 6 800 under income s.1 (¶12, ¶56(a))", () => {
    const { posts = [] } = Result.getOrThrow(decode(StaffingTableSchema, readExample("posts.json")));
    const change = Result.getOrThrow(reclassifyPost(posts, { post: "OUSG-D-2-1" as PostId, to: "ASG" }, costs));
    expect(change.posts.find((post) => post.id === "OUSG-D-2-1")?.grade).toBe("ASG");
    expect(posts.find((post) => post.id === "OUSG-D-2-1")?.grade).toBe("D-2");
    expect(change.effect.sections.map((line) => [line.section, line.kind, formatMoney(line.amount)])).toEqual([
      ["33", "expenditure", "33400.00"],
      ["35", "expenditure", "6800.00"],
      ["IS1", "income", "6800.00"],
    ]);
    expect(formatMoney(change.effect.expenditure)).toBe("40200.00");
    expect(formatMoney(change.effect.income)).toBe("6800.00");
    expect(formatMoney(change.effect.net)).toBe("33400.00");
    const staffAssessment = change.effect.sections.filter((line) => line.section === "35" || line.section === "IS1");
    expect(
      staffAssessment.reduce(
        (net, line) => net + (line.kind === "expenditure" ? line.amount.minorUnits : -line.amount.minorUnits),
        0n,
      ),
    ).toBe(0n);
  });

  it("unknown post, same grade, unpriced change and bad amounts are rejected", () => {
    const { posts = [] } = Result.getOrThrow(decode(StaffingTableSchema, readExample("posts.json")));
    const cases: Array<[Parameters<typeof reclassifyPost>[1], ReclassificationCostTable, string]> = [
      [{ post: "nope" as PostId, to: "ASG" }, costs, "$.request.post"],
      [{ post: "OUSG-D-2-1" as PostId, to: "D-2" }, costs, "$.request.to"],
      [{ post: "OUSG-P-5-1" as PostId, to: "D-1" }, costs, "$.costs.entries"],
      [{ post: "OUSG-D-2-1" as PostId, to: "ASG" }, { ...costs, currency: "XXZ" }, "$.costs.currency"],
      [
        { post: "OUSG-D-2-1" as PostId, to: "ASG" },
        { currency: "JPY", entries: costs.entries },
        "$.costs.entries[0].lines[0].amount",
      ],
    ];
    for (const [request, table, path] of cases) {
      const result = reclassifyPost(posts, request, table);
      expect(Result.isFailure(result) && result.failure.issues[0]?.path).toBe(path);
    }
  });

  test.prop([knownTableArb.filter(({ posts }) => posts.length > 0), fc.nat(), fc.constantFrom(...grades)])(
    "reclassifying never changes the number of posts, only one post's grade",
    ({ posts }, which, to) => {
      const target = posts[which % posts.length]!;
      const priced: ReclassificationCostTable = {
        currency: "USD",
        entries: grades.map((from) => ({
          from,
          to,
          lines: [{ section: "33", title: "s", kind: "expenditure" as const, amount: "1.00" }],
        })),
      };
      const result = reclassifyPost(posts, { post: target.id, to }, priced);
      if (target.grade === to) {
        expect(Result.isFailure(result)).toBe(true);
        return;
      }
      const change = Result.getOrThrow(result);
      expect(change.posts).toHaveLength(posts.length);
      change.posts.forEach((after, index) => {
        const before = posts[index]!;
        expect({ ...after, grade: before.grade }).toEqual(before);
        if (after.grade !== before.grade) expect(after.id).toBe(target.id);
      });
      expect(change.effect.net.minorUnits).toBe(100n);
    },
  );
});
