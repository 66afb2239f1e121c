import { formatRate, isListUpTo, readOrElse } from "@unsms/core";
import { categories } from "../grade/Category";
import { categoryOf } from "../grade/categoryOf";
import { grades } from "../grade/Grade";
import { maxListLength } from "../internal/unreadable";
import type { Post } from "../post/Post";
import type { DiversityRow } from "./DiversityRow";

/**
 * The share of women among the incumbents whose gender is recorded, by category or by
 * grade (¶42: DSS finds it hard to recruit qualified women), then in total. Vacant posts
 * and incumbents without a recorded gender are left out (recorded: `"woman"` or `"man"`, as
 * `IncumbentSchema` reads it; a plain JS caller's `null` or any other value is not); a category or grade without any
 * is left out too, and so is everything in what cannot be read as posts (not an array of at
 * most 1 000 000, a revoked proxy), or with `decimals` not a whole number from 0 to 20: no rows.
 *
 * @example
 * ```ts
 * import { shareOfWomen, type Post } from "@unsms/staffing"
 * import type { DutyStationId, PostId, UnitId } from "@unsms/core"
 *
 * const post = (id: string, gender: "woman" | "man"): Post => ({
 *   id: id as PostId, grade: "SS", unit: "SSS-NY" as UnitId, dutyStation: "New York" as DutyStationId,
 *   funding: "regular-budget", status: "established", incumbent: { gender },
 * })
 * const rows = shareOfWomen([post("a", "woman"), post("b", "man"), post("c", "man")], "category", 1)
 * console.log(rows[0]) // { key: "security-service", incumbents: 3, women: 1, share: "33.3" }
 * ```
 *
 * @category diversity
 * @since 0.1.0
 */
export const shareOfWomen = (
  posts: ReadonlyArray<Post>,
  by: "category" | "grade" = "category",
  decimals = 0,
): ReadonlyArray<DiversityRow> =>
  readOrElse(
    () =>
      isListUpTo(posts, maxListLength) && Number.isSafeInteger(decimals) && decimals >= 0 && decimals <= 20
        ? share(posts, by, decimals)
        : [],
    () => [],
  );

const share = (posts: ReadonlyArray<Post>, by: "category" | "grade", decimals: number): ReadonlyArray<DiversityRow> => {
  const tally = new Map<string, { incumbents: number; women: number }>();
  const total = { incumbents: 0, women: 0 };
  for (const post of posts) {
    const gender = post.incumbent?.gender;
    // a gender is recorded as "woman" or "man"; anything else a JS caller passes is not a record
    if (gender !== "woman" && gender !== "man") continue;
    const key = by === "grade" ? post.grade : categoryOf(post.grade);
    const entry = tally.get(key) ?? { incumbents: 0, women: 0 };
    const woman = gender === "woman" ? 1 : 0;
    tally.set(key, { incumbents: entry.incumbents + 1, women: entry.women + woman });
    total.incumbents += 1;
    total.women += woman;
  }
  const row = (key: string, counts: { incumbents: number; women: number }): DiversityRow => ({
    key,
    ...counts,
    share: formatRate({ numerator: BigInt(counts.women), denominator: BigInt(counts.incumbents) }, decimals),
  });
  const order: ReadonlyArray<string> = by === "grade" ? grades : categories;
  const rows = order.flatMap((key) => {
    const counts = tally.get(key);
    return counts === undefined ? [] : [row(key, counts)];
  });
  return total.incumbents === 0 ? rows : [...rows, row("total", total)];
};
