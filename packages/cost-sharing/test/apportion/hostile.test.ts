import { apportion, runScenario } from "@unsms/cost-sharing";
import { apportionWeights, makeApportioner } from "@unsms/cost-sharing/batch";
import { makeMoney, USD } from "@unsms/core";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";

const usd = (units: bigint) => makeMoney(units, USD);
const throwing = () => {
  throw new Error("boom");
};

describe("hostile values are error values, never thrown (issue 16)", () => {
  it("apportion on participants with throwing getters, or a throwing proxy", () => {
    const getterId = [
      { id: "A", headcount: 1 },
      Object.defineProperty({ headcount: 1 }, "id", { get: throwing, enumerable: true }),
    ];
    const getterHeadcount = [Object.defineProperty({ id: "A" }, "headcount", { get: throwing, enumerable: true })];
    const proxy = new Proxy([{ id: "A", headcount: 1 }], { get: throwing });
    for (const participants of [getterId, getterHeadcount, proxy]) {
      const result = apportion(usd(100n), participants as never);
      expect(Result.isFailure(result) && [result.failure._tag, result.failure.message]).toEqual([
        "InvalidParticipants",
        "the participants are invalid: 1 problem; first: $.participants: expected participants that can be read, received a value that threw Error: boom",
      ]);
    }
  });

  it("each field is read once: a getter that changes its answer cannot make the result inconsistent", () => {
    let reads = 0;
    const fickle = Object.defineProperty({ id: "B" }, "headcount", {
      get: () => (reads++ === 0 ? 1 : -5),
      enumerable: true,
    });
    const shares = Result.getOrThrow(apportion(usd(100n), [{ id: "A", headcount: 1 }, fickle as never]));
    expect(reads).toBe(1);
    expect(shares.shares.map((share) => [share.headcount, share.amount.minorUnits])).toEqual([
      [1, 50n],
      [1, 50n],
    ]);
  });

  it("makeApportioner and apportionWeights refuse a length of 2^32 − 1 at once", () => {
    const started = Date.now();
    const huge = { length: 2 ** 32 - 1 };
    const apportioner = makeApportioner(huge);
    expect(Result.isFailure(apportioner) && apportioner.failure.issues[0]?.expected).toBe(
      "a list of at most 134217728 headcounts",
    );
    const split = apportionWeights(100n, huge);
    expect(Result.isFailure(split) && "issues" in split.failure && split.failure.issues[0]?.expected).toBe(
      "a list of at most 134217728 headcounts",
    );
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("a long list of bad weights lists 100 problems and counts the rest", () => {
    const result = apportionWeights(100n, new Array<number>(1000).fill(-1));
    const issues = Result.isFailure(result) && "issues" in result.failure ? result.failure.issues : [];
    expect(issues.length).toBe(101);
    expect(issues[100]?.received).toBe("900 more");
    const objects = makeApportioner({ length: 1000 });
    expect(Result.isFailure(objects) && objects.failure.issues.length).toBe(100);
  });

  it("a duplicate id among 20 000 is found with the index of its first occurrence", () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `ORG-${i}`);
    const participants = [...ids, "ORG-7"].map((id) => ({ id, headcount: 1 }));
    const result = apportion(usd(100n), participants);
    expect(
      Result.isFailure(result) &&
        "issues" in result.failure &&
        result.failure.issues.map((issue) => [issue.path, issue.message]),
    ).toEqual([
      [
        "$.participants[20000].id",
        '$.participants[20000].id: expected an id not given before ($.participants[7] has it), received "ORG-7"',
      ],
    ]);
  });

  it("a megabyte id given twice is cut in the issue (core's describeValue), not copied whole", () => {
    const id = "X".repeat(1_000_000);
    const result = apportion(usd(100n), [
      { id, headcount: 1 },
      { id, headcount: 2 },
    ]);
    const issue = Result.isFailure(result) && "issues" in result.failure ? result.failure.issues[0] : undefined;
    expect(issue?.received).toBe(`"${"X".repeat(59)}…" (1000000 characters)`);
    expect(issue?.message.length).toBeLessThan(200);
  });

  it("runScenario with an unknown kind returns InvalidScenario (was undefined)", () => {
    const input = { total: usd(100n), participants: [{ id: "A", headcount: 1 }] };
    for (const scenario of [{ kind: "merge" }, null, 42, { kind: 7 }]) {
      const result = runScenario(input, scenario as never);
      expect(result).toBeDefined();
      expect(
        Result.isFailure(result) && [result.failure._tag, "path" in result.failure ? result.failure.path : ""],
      ).toEqual(["InvalidScenario", "$.scenario.kind"]);
    }
  });
});
