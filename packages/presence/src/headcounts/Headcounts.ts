import type { OrganizationId } from "@unsms/core";
import type { CountingRule } from "./CountingRule";

/**
 * Cost-sharing headcounts derived from presence ({@link countHeadcounts}): the instant, the
 * rule and its wording, how many people were counted, and one participant per organization
 * with someone counted — `{ id, headcount }`, sorted by id, exactly as a cost-sharing
 * request takes them.
 *
 * @example
 * ```ts
 * import { defaultCountingRule, type Headcounts } from "@unsms/presence"
 * import type { OrganizationId } from "@unsms/core"
 *
 * const headcounts: Headcounts = {
 *   asOf: new Date("2006-06-30T00:00:00Z"), rule: defaultCountingRule, explanation: "…", counted: 3,
 *   participants: [{ id: "UNDP" as OrganizationId, headcount: 3 }],
 * }
 * console.log(headcounts.participants[0]?.headcount) // 3
 * ```
 *
 * @category headcounts
 * @since 0.2.0
 */
export interface Headcounts {
  /** The instant people were counted at. */
  readonly asOf: Date;
  /** The rule applied. */
  readonly rule: CountingRule;
  /** The rule in one sentence: who counted, where, when. */
  readonly explanation: string;
  /** People counted: the sum of the headcounts. */
  readonly counted: number;
  /** One per organization with at least one person counted, sorted by id. */
  readonly participants: ReadonlyArray<{ readonly id: OrganizationId; readonly headcount: number }>;
}
