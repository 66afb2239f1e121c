import { unreadable } from "../internal/unreadable";
import { catchUnreadable } from "@unsms/core";
import type { Money } from "@unsms/core";
import {
  costShare,
  type ApportionError,
  type CostShareResponse,
  type Formula,
  type InvalidPayments,
} from "@unsms/cost-sharing";
import * as Result from "effect/Result";
import type { ConflictingPresence } from "../errors/ConflictingPresence";
import type { InvalidPresenceInput } from "../errors/InvalidPresenceInput";
import type { PresenceRecord } from "../record/PresenceRecord";
import type { CountingRule } from "./CountingRule";
import { countHeadcounts } from "./countHeadcounts";
import { defaultCountingRule } from "./defaultCountingRule";
import type { Headcounts } from "./Headcounts";

/**
 * From "who was where" to "who pays what" ({@link costSharesFromPresence}): the headcounts
 * with their counting rule, and the answer of `@unsms/cost-sharing`'s `costShare` over
 * them, each share's explanation opening with the person count and the rule.
 *
 * @example
 * ```ts
 * import { costSharesFromPresence, type PresenceCostShares, type PresenceRecord } from "@unsms/presence"
 * import { makeMoney, USD } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const headline = ({ costShares, headcounts }: PresenceCostShares) =>
 *   `${costShares.currency} ${costShares.total} among ${headcounts.counted} staff of ${headcounts.participants.length} organizations`
 * const records = ["WFP", "UNDP", "UNDP", "UNHCR"].map((organization, i) => ({
 *   person: `s${i}`, organization, category: "staff", dutyStation: "Cairo", from: new Date("2006-01-01T00:00:00Z"), to: null, source: "ists",
 * })) as ReadonlyArray<PresenceRecord>
 * const answer = Result.getOrThrow(costSharesFromPresence(records, new Date("2006-06-30T00:00:00Z"), makeMoney(4000n, USD)))
 * console.log(headline(answer)) // "USD 40.00 among 4 staff of 3 organizations"
 * ```
 *
 * @category headcounts
 * @since 0.2.0
 */
export interface PresenceCostShares {
  /** The headcounts, with the rule and its wording. */
  readonly headcounts: Headcounts;
  /** The shares, in the order of `headcounts.participants` (sorted by id). */
  readonly costShares: CostShareResponse;
}

/**
 * One call from presence to cost shares: counts the people present at `at` under the
 * counting rule ({@link countHeadcounts}, default {@link defaultCountingRule}: staff, A/61/531
 * ¶52) and apportions `total` among their organizations with `@unsms/cost-sharing` (largest
 * remainder to the cent; `options.formula` as there, proportional by default). Every
 * share's explanation starts with how many people were counted for it and under which
 * rule. The shares add up to the total exactly.
 * A value that cannot be read (a revoked proxy, a throwing getter) is an `InvalidPresenceInput`; nothing is thrown.
 *
 * @example
 * ```ts
 * import { costSharesFromPresence, type PresenceRecord } from "@unsms/presence"
 * import { makeMoney, USD } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const since = new Date("2006-01-01T00:00:00Z")
 * const records = [
 *   { person: "s1", organization: "WFP", category: "staff", dutyStation: "Manila", from: since, to: null, source: "ists" },
 *   { person: "s2", organization: "UNDP", category: "staff", dutyStation: "Cairo", from: since, to: null, source: "ists" },
 *   { person: "s3", organization: "UNDP", category: "staff", dutyStation: "Bogota", from: since, to: null, source: "ists" },
 * ] as ReadonlyArray<PresenceRecord>
 * const answer = Result.getOrThrow(costSharesFromPresence(records, new Date("2006-06-30T00:00:00Z"), makeMoney(100n, USD)))
 * console.log(answer.costShares.shares.map((share) => [share.id, share.headcount, share.amount])) // [["UNDP", 2, "0.67"], ["WFP", 1, "0.33"]]
 * console.log(answer.costShares.shares[0]?.explanation?.text) // "2 counted (staff present at any duty station at 2006-06-30T00:00:00.000Z, rule \"staff present\"). …"
 * ```
 *
 * @function
 * @category headcounts
 * @since 0.2.0
 */
export const costSharesFromPresence = /* @__PURE__ */ catchUnreadable(
  (
    records: ReadonlyArray<PresenceRecord>,
    at: Date,
    total: Money,
    options: { readonly rule?: CountingRule; readonly formula?: Formula } = {},
  ): Result.Result<
    PresenceCostShares,
    InvalidPresenceInput | ConflictingPresence | ApportionError | InvalidPayments
  > => {
    const given = typeof options === "object" && options !== null ? options : {};
    const rule = given.rule ?? defaultCountingRule;
    return Result.gen(() => presenceCostShares(records, at, total, rule, given));
  },
  unreadable,
);

/** The headcounts, then the costs shared by them and explained: the steps of {@link costSharesFromPresence}. */
function* presenceCostShares(
  records: ReadonlyArray<PresenceRecord>,
  at: Date,
  total: Money,
  rule: CountingRule,
  given: { readonly formula?: Formula },
) {
  const headcounts = yield* countHeadcounts(records, at, rule);
  const response = yield* costShare(
    {
      total,
      participants: headcounts.participants,
      ...(given.formula === undefined ? {} : { formula: given.formula }),
    },
    { explain: true },
  );
  const who = headcounts.explanation.replace(/^Counted: /, "").replace(/, each person once.*$/, "");
  return {
    headcounts,
    costShares: {
      ...response,
      shares: response.shares.map((share) =>
        share.explanation === undefined
          ? share
          : {
              ...share,
              explanation: {
                ...share.explanation,
                text: `${share.headcount} counted (${who}, rule ${JSON.stringify(headcounts.rule.name)}). ${share.explanation.text}`,
              },
            },
      ),
    },
  };
}
