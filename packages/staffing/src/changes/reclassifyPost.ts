import { getCurrency, makeIssue, parseMoney, type Issue, type Money, type PostId } from "@unsms/core";
import * as Result from "effect/Result";
import type { PostChangeRejected } from "../errors/PostChangeRejected";
import type { Grade } from "../grade/Grade";
import { rejected } from "../internal/rejected";
import { checkedChange } from "../internal/checkedChange";
import type { Post } from "../post/Post";
import type { PostChange } from "./PostChange";
import type { ReclassificationCostTable } from "./ReclassificationCostTable";

/**
 * What {@link reclassifyPost} did: the post, its old and new grade, the budget impact by
 * section (expenditure positive, income negative in `net`), total expenditure, total income
 * and the net cost (expenditure − income).
 *
 * @example
 * ```ts
 * import { reclassifyPost, type Post, type ReclassifiedPost } from "@unsms/staffing"
 * import { formatMoney, type DutyStationId, type PostId, type UnitId } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const deputy: Post = {
 *   id: "OUSG-D2" as PostId, grade: "D-2", unit: "OUSG" as UnitId, dutyStation: "New York" as DutyStationId,
 *   funding: "regular-budget", status: "established", incumbent: {},
 * }
 * const costs = { currency: "USD", entries: [{ from: "D-2" as const, to: "ASG" as const, lines: [
 *   { section: "33", title: "Safety and security", kind: "expenditure" as const, amount: "33400.00" },
 * ] }] }
 * const effect: ReclassifiedPost = Result.getOrThrow(reclassifyPost([deputy], { post: deputy.id, to: "ASG" }, costs)).effect
 * console.log(`${effect.from} → ${effect.to}`, formatMoney(effect.expenditure)) // "D-2 → ASG" "33400.00"
 * ```
 *
 * @category changes
 * @since 0.1.0
 */
export interface ReclassifiedPost {
  /** The post reclassified. */
  readonly post: PostId;
  /** Its grade before. */
  readonly from: Grade;
  /** Its grade after. */
  readonly to: Grade;
  /** The amounts by budget section, as the cost table gives them. */
  readonly sections: ReadonlyArray<{
    readonly section: string;
    readonly title: string;
    readonly kind: "expenditure" | "income";
    readonly amount: Money;
  }>;
  /** Sum of the expenditure sections. */
  readonly expenditure: Money;
  /** Sum of the income sections. */
  readonly income: Money;
  /** Expenditure − income. */
  readonly net: Money;
}

/**
 * Reclassifies one post to another grade and prices it from a cost table given as input
 * (the report's D-2 → ASG of ¶12 and ¶56(a): +US$ 33 400 under section 33, +US$ 6 800
 * under section 35, offset by US$ 6 800 under income section 1, a net cost of US$ 33 400
 * and none for staff assessment). Only the grade changes; the number of posts stays. An
 * unknown post, the same grade, or a change the table does not price is a
 * {@link PostChangeRejected}.
 *
 * @example
 * ```ts
 * import { reclassifyPost, type Post } from "@unsms/staffing"
 * import { formatMoney, type DutyStationId, type PostId, type UnitId } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const deputy: Post = {
 *   id: "OUSG-D2" as PostId, grade: "D-2", unit: "OUSG" as UnitId, dutyStation: "New York" as DutyStationId,
 *   funding: "regular-budget", status: "established", incumbent: {},
 * }
 * const costs = { currency: "USD", entries: [{ from: "D-2" as const, to: "ASG" as const, lines: [
 *   { section: "33", title: "Safety and security", kind: "expenditure" as const, amount: "33400.00" },
 *   { section: "35", title: "Staff assessment", kind: "expenditure" as const, amount: "6800.00" },
 *   { section: "IS1", title: "Income from staff assessment", kind: "income" as const, amount: "6800.00" },
 * ] }] }
 * const change = Result.getOrThrow(reclassifyPost([deputy], { post: deputy.id, to: "ASG" }, costs))
 * console.log(change.posts[0]?.grade, formatMoney(change.effect.net)) // "ASG" "33400.00"
 * ```
 *
 * @category changes
 * @since 0.1.0
 */
export const reclassifyPost = (
  posts: ReadonlyArray<Post>,
  request: { readonly post: PostId; readonly to: Grade },
  costs: ReclassificationCostTable,
): Result.Result<PostChange<ReclassifiedPost>, PostChangeRejected> =>
  checkedChange(
    posts,
    () => [["$.costs.entries", costs.entries]],
    () => {
      if (typeof request !== "object" || request === null)
        return Result.fail(rejected([makeIssue("$.request", "a request { post, to }", String(request))]));
      return Result.gen(() => reclassification(posts, request, costs));
    },
  );

/** The post found, the change priced from the cost table and applied: the steps of {@link reclassifyPost}. */
function* reclassification(
  posts: ReadonlyArray<Post>,
  request: { readonly post: PostId; readonly to: Grade },
  costs: ReclassificationCostTable,
) {
  const fail = (issue: Issue) => Result.fail(rejected([issue]));
  const post = posts.find((candidate) => candidate.id === request.post);
  if (post === undefined)
    return yield* fail({
      path: "$.request.post",
      expected: "the id of an existing post",
      received: JSON.stringify(request.post),
      message: `$.request.post: no post ${JSON.stringify(request.post)}`,
    });
  if (post.grade === request.to)
    return yield* fail({
      path: "$.request.to",
      expected: `a grade other than ${post.grade}`,
      received: request.to,
      message: `$.request.to: post ${JSON.stringify(post.id)} is already ${post.grade}`,
    });
  const entryIndex = costs.entries.findIndex((entry) => entry.from === post.grade && entry.to === request.to);
  const entry = costs.entries[entryIndex];
  if (entry === undefined)
    return yield* fail({
      path: "$.costs.entries",
      expected: `an entry from ${post.grade} to ${request.to}`,
      received: "none",
      message: `$.costs.entries: the cost table does not price ${post.grade} → ${request.to}`,
    });
  const currency = yield* Result.mapError(getCurrency(costs.currency), (error) =>
    rejected([
      {
        path: "$.costs.currency",
        expected: error.expected,
        received: error.received,
        message: `$.costs.currency: ${error.message}`,
      },
    ]),
  );
  const sections: Array<ReclassifiedPost["sections"][number]> = [];
  const issues: Array<Issue> = [];
  let expenditure = 0n;
  let income = 0n;
  entry.lines.forEach((line, index) => {
    const path = `$.costs.entries[${entryIndex}].lines[${index}].amount`;
    const amount = parseMoney(line.amount, currency, path);
    if (Result.isFailure(amount)) {
      issues.push({
        path,
        expected: amount.failure.expected,
        received: amount.failure.received,
        message: amount.failure.message,
      });
      return;
    }
    sections.push({ section: line.section, title: line.title, kind: line.kind, amount: amount.success });
    if (line.kind === "expenditure") expenditure += amount.success.minorUnits;
    else income += amount.success.minorUnits;
  });
  if (issues.length > 0) return yield* Result.fail(rejected(issues));
  const money = (minorUnits: bigint): Money => ({ minorUnits, currency });
  return {
    posts: posts.map((candidate) => (candidate === post ? { ...candidate, grade: request.to } : candidate)),
    effect: {
      post: post.id,
      from: post.grade,
      to: request.to,
      sections,
      expenditure: money(expenditure),
      income: money(income),
      net: money(expenditure - income),
    },
  };
}
