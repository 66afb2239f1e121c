import { fc, test } from "@fast-check/vitest";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { convertToEstablished } from "@unsms/staffing";
import { knownTableArb } from "../support/arbitraries";
import { officerPosts } from "../support/posts";

// Generous: under a loaded machine a property run or the first CLI import can take seconds; speed is measured by the benchmarks, not here.

describe("convertToEstablished", () => {
  it("converts the 134 temporary posts (¶39, ¶56(c)): 391 posts, all established", () => {
    const posts = [...officerPosts("ALL", "established", 257), ...officerPosts("ALL", "temporary", 134)];
    const temporary = posts.filter((post) => post.status === "temporary").map((post) => post.id);
    const change = Result.getOrThrow(convertToEstablished(posts, temporary));
    expect(change.effect.converted).toHaveLength(134);
    expect(change.posts).toHaveLength(391);
    expect(change.posts.every((post) => post.status === "established")).toBe(true);
    expect(posts.filter((post) => post.status === "temporary")).toHaveLength(134);
  });

  it("unknown ids, repeated ids and posts already established are rejected", () => {
    const posts = [...officerPosts("NY", "established", 1), ...officerPosts("NY", "temporary", 1)];
    const [established, temporary] = posts;
    const result = convertToEstablished(posts, [established!.id, temporary!.id, temporary!.id, "nope" as never]);
    expect(Result.isFailure(result) && result.failure.issues.map((issue) => [issue.path, issue.expected])).toEqual([
      ["$.ids[0]", "a temporary post"],
      ["$.ids[2]", "each id once"],
      ["$.ids[3]", "the id of an existing post"],
    ]);
  });

  test.prop([knownTableArb, fc.func(fc.boolean())])(
    "converting never changes the number of posts, only their status",
    ({ posts }, choose) => {
      const ids = posts.filter((post) => post.status === "temporary" && choose(post.id)).map((post) => post.id);
      const change = Result.getOrThrow(convertToEstablished(posts, ids));
      expect(change.posts).toHaveLength(posts.length);
      change.posts.forEach((after, index) => {
        const before = posts[index]!;
        expect({ ...after, status: before.status }).toEqual(before);
        expect(after.status).toBe(ids.includes(before.id) ? "established" : before.status);
      });
    },
  );
});
