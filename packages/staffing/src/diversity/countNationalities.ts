import { isListUpTo, readOrElse } from "@unsms/core";
import { maxListLength } from "../internal/unreadable";
import type { Post } from "../post/Post";

/**
 * The number of different nationalities among the incumbents whose nationality is recorded
 * (¶43: nearly 85 at DSS). Codes are compared as written, ignoring case and surrounding
 * blanks. What cannot be read as posts (not an array of at most 1 000 000, a revoked proxy)
 * has none: 0.
 *
 * @example
 * ```ts
 * import { countNationalities, type Post } from "@unsms/staffing"
 * import type { DutyStationId, PostId, UnitId } from "@unsms/core"
 *
 * const post = (id: string, nationality: string): Post => ({
 *   id: id as PostId, grade: "P-4", unit: "FSO" as UnitId, dutyStation: "Nairobi" as DutyStationId,
 *   funding: "cost-shared", status: "established", incumbent: { nationality },
 * })
 * console.log(countNationalities([post("a", "KE"), post("b", "ke"), post("c", "CL")])) // 2
 * ```
 *
 * @category diversity
 * @since 0.1.0
 */
export const countNationalities = (posts: ReadonlyArray<Post>): number =>
  readOrElse(
    () => (isListUpTo(posts, maxListLength) ? count(posts) : 0),
    () => 0,
  );

const count = (posts: ReadonlyArray<Post>): number => {
  const seen = new Set<string>();
  for (const post of posts) {
    const recorded: unknown = post?.incumbent?.nationality;
    const nationality = typeof recorded === "string" ? recorded.trim().toUpperCase() : undefined;
    if (nationality !== undefined && nationality !== "") seen.add(nationality);
  }
  return seen.size;
};
