import { test } from "@fast-check/vitest";
import type { PostId } from "@unsms/core";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { createPosts } from "@unsms/staffing";
import { knownTableArb } from "../support/arbitraries";
import { officerPosts } from "../support/posts";

// Generous: under a loaded machine a property run or the first CLI import can take seconds; speed is measured by the benchmarks, not here.

describe("createPosts", () => {
  it("59/276's 383 posts are 249 established and 134 temporary; 60/562 adds 8: 391 = 257 + 134 (¶36)", () => {
    const resolution = Result.getOrThrow(
      createPosts([], [...officerPosts("ALL", "established", 249), ...officerPosts("ALL", "temporary", 134)]),
    );
    expect(resolution.effect).toMatchObject({ created: 383, established: 249, temporary: 134 });
    const decision = Result.getOrThrow(createPosts(resolution.posts, officerPosts("Geneva", "established", 8)));
    expect(decision.effect).toMatchObject({ created: 8, established: 8, temporary: 0 });
    const all = decision.posts;
    expect(all).toHaveLength(391);
    expect(all.filter((post) => post.status === "established")).toHaveLength(257);
    expect(all.filter((post) => post.status === "temporary")).toHaveLength(134);
  });

  it("an id already used, or used twice, is rejected with its path", () => {
    const existing = officerPosts("Vienna", "established", 2);
    const result = createPosts(existing, [
      ...officerPosts("Vienna", "established", 1, 2),
      ...officerPosts("Vienna", "temporary", 1),
      ...officerPosts("Vienna", "temporary", 1),
    ]);
    expect(Result.isFailure(result) && result.failure.issues.map((issue) => issue.path)).toEqual([
      "$.newPosts[0].id",
      "$.newPosts[2].id",
    ]);
  });

  test.prop([knownTableArb])("creating adds exactly the new posts and never touches the old", ({ posts }) => {
    const fresh = officerPosts("X", "temporary", 3).map((post, n) => ({ ...post, id: `new-${n}` as PostId }));
    const change = Result.getOrThrow(createPosts(posts, fresh));
    expect(change.posts).toHaveLength(posts.length + 3);
    expect(change.posts.slice(0, posts.length)).toEqual(posts);
    expect(change.effect.temporary).toBe(3);
  });
});
