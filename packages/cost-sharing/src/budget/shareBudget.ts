import { CurrencyMismatch, formatRate, makeIssues, percentage } from "@unsms/core";
import { guardReading } from "../internal/guardReading";
import { InvalidParticipants } from "../errors/InvalidParticipants";
import * as Result from "effect/Result";
import type { Participant } from "../apportion/Participant";
import { apportion, type ApportionError } from "../apportion/apportion";
import { UnknownParticipant } from "../errors/UnknownParticipant";
import type { Formula } from "../formula/Formula";
import { proportionalFormula } from "../formula/proportionalFormula";
import type { Budget, BudgetShare, BudgetShares } from "./Budget";

/**
 * Shares a budget as resolution 56/255 does (A/61/531 ¶52): the field-related part by
 * formula among all participants, the central part to the named bearer (the United
 * Nations), which also takes its headcount share of the field part. Each line carries
 * both parts, their sum and the percentage of the whole budget, rounded half-up to
 * `decimals` (default 2). The lines add up to the budget exactly.
 *
 * @example
 * ```ts
 * import { shareBudget } from "@unsms/cost-sharing"
 * import { formatMoney, makeMoney, USD } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const shared = Result.getOrThrow(
 *   shareBudget(
 *     { field: makeMoney(6_000_000_000n, USD), central: makeMoney(2_000_000_000n, USD), centralBearer: "UN" },
 *     [
 *       { id: "UN", headcount: 5000 },
 *       { id: "UNDP", headcount: 3000 },
 *       { id: "UNICEF", headcount: 2000 },
 *     ],
 *   ),
 * )
 * for (const line of shared.shares) console.log(line.id, formatMoney(line.total), line.percentage)
 * // "UN" "50000000.00" "62.50" (then "UNDP" "18000000.00" "22.50", "UNICEF" "12000000.00" "15.00")
 * ```
 *
 * @category budget
 * @since 0.1.0
 */
export const shareBudget = (
  budget: Budget,
  participants: ReadonlyArray<Participant>,
  formula: Formula = proportionalFormula,
  decimals = 2,
): Result.Result<BudgetShares, ApportionError | UnknownParticipant> =>
  guardReading<BudgetShares, ApportionError | UnknownParticipant>(
    () => Result.gen(() => budgetSharesOf(budget, participants, formula, decimals)),
    "a budget and participants that can be read",
    (issue) => new InvalidParticipants(makeIssues("the budget and participants cannot be read", [issue])),
  );

/** The budget's two parts checked for one currency, then shared: the steps of {@link shareBudget}. */
function* budgetSharesOf(budget: Budget, participants: ReadonlyArray<Participant>, formula: Formula, decimals: number) {
  const { field, central, centralBearer } = budget;
  if (central.currency.code !== field.currency.code) {
    return yield* Result.fail(
      new CurrencyMismatch({
        message: `$.central: the central costs are in ${central.currency.code} but the field costs in ${field.currency.code}`,
        path: "$.central",
        expected: `an amount in ${field.currency.code}`,
        received: central.currency.code,
      }),
    );
  }
  const fieldShares = yield* apportion(field, participants, formula);
  if (!participants.some((participant) => participant.id === centralBearer)) {
    return yield* Result.fail(
      new UnknownParticipant({
        message: `$.centralBearer: ${JSON.stringify(centralBearer)} bears the central costs but is not a participant`,
        path: "$.centralBearer",
        expected: "the id of a participant",
        received: JSON.stringify(centralBearer),
      }),
    );
  }
  const currency = field.currency;
  const whole = field.minorUnits + central.minorUnits;
  const shares = fieldShares.shares.map((share): BudgetShare => {
    const own = share.id === centralBearer ? central.minorUnits : 0n;
    const totalUnits = share.amount.minorUnits + own;
    return {
      id: share.id,
      headcount: share.headcount,
      field: share.amount,
      central: { minorUnits: own, currency },
      total: { minorUnits: totalUnits, currency },
      percentage: Result.getOrElse(percentage(totalUnits, whole, decimals), () =>
        formatRate({ numerator: 0n, denominator: 1n }, decimals),
      ),
    };
  });
  return { budget, total: { minorUnits: whole, currency }, field: fieldShares, shares };
}
