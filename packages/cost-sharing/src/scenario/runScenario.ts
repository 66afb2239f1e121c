import { describeValue, divideRoundHalfUp, makeIssue, type Money, type Rate } from "@unsms/core";
import { guardReading } from "../internal/guardReading";
import * as Result from "effect/Result";
import type { Apportionment } from "../apportion/Apportionment";
import { apportion, type ApportionError } from "../apportion/apportion";
import { FormulaNotMet } from "../errors/FormulaNotMet";
import { InvalidFormula } from "../errors/InvalidFormula";
import { InvalidScenario } from "../errors/InvalidScenario";
import { ZeroHeadcount } from "../errors/ZeroHeadcount";
import type { InvalidPayments } from "../errors/InvalidPayments";
import { UnknownParticipant } from "../errors/UnknownParticipant";
import { proportionalFormula } from "../formula/proportionalFormula";
import { splitAmong } from "../internal/splitAmong";
import { fundingGapAt } from "../internal/fundingGapAt";
import { headcountIssue } from "../internal/headcountIssue";
import { isHeadcount } from "../internal/readParticipants";
import type { Participant } from "../apportion/Participant";
import type { CostShareInput, Scenario, ScenarioOutcome, ScenarioRow } from "./Scenario";

const unknown = (id: unknown, path: string, why: string): UnknownParticipant =>
  new UnknownParticipant({
    message: `${path}: ${describeValue(id)} ${why}`,
    path,
    expected: "the id of a participant",
    received: describeValue(id),
  });

const compare = (
  before: Apportionment,
  after: ReadonlyMap<string, bigint>,
  order: ReadonlyArray<string>,
  scenario: Scenario,
  gap: bigint,
): ScenarioOutcome => {
  const currency = before.total.currency;
  const money = (minorUnits: bigint): Money => ({ minorUnits, currency });
  const was = new Map(before.shares.map((share) => [share.id, share.amount.minorUnits]));
  const ids = [...order, ...[...after.keys()].filter((id) => !was.has(id))];
  let afterTotal = 0n;
  const rows = ids.map((id): ScenarioRow => {
    const b = was.get(id) ?? 0n;
    const a = after.get(id) ?? 0n;
    afterTotal += a;
    return {
      id,
      before: money(b),
      after: money(a),
      change: money(a - b),
      inBefore: was.has(id),
      inAfter: after.has(id),
    };
  });
  return { scenario, before: before.total, after: money(afterTotal), gap: money(gap), rows };
};

type ScenarioOf<K extends Scenario["kind"]> = Extract<Scenario, { readonly kind: K }>;

const KINDS: ReadonlySet<string> = new Set<Scenario["kind"]>([
  "gap-left-open",
  "gap-reapportioned",
  "join",
  "leave",
  "headcount",
  "grow",
]);

const amounts = (apportionment: Apportionment): Map<string, bigint> =>
  new Map(apportionment.shares.map((share) => [share.id, share.amount.minorUnits]));

/**
 * The apportionment after a scenario, its refusals blamed on the scenario's value at `path`
 * (the input was apportioned before it): nobody left with staff is a {@link ZeroHeadcount} there,
 * headcounts adding up beyond 2^53 − 1 an {@link InvalidScenario}.
 */
const blamed = (
  after: Result.Result<Apportionment, ApportionError>,
  path: string,
): Result.Result<Apportionment, ApportionError | InvalidScenario> =>
  Result.mapError(after, (error): ApportionError | InvalidScenario =>
    error._tag === "ZeroHeadcount"
      ? new ZeroHeadcount(makeIssue(path, error.expected, error.received))
      : error._tag === "InvalidParticipants"
        ? new InvalidScenario(
            makeIssue(
              path,
              "a headcount leaving the headcounts adding up to at most 9007199254740991",
              error.issues[0]?.received ?? "more",
            ),
          )
        : error,
  );

/**
 * Answers a budget office's question about an apportionment, before and after, per
 * participant:
 * - `gap-left-open`: who pays what once some withhold (A/61/531 ¶53), the gap left;
 * - `gap-reapportioned`: the gap shared by headcount (largest remainder) among those who
 *   paid their share in full, so the total is collected;
 * - `join`, `leave`, `headcount`: the total apportioned again under the same formula;
 * - `grow`: the total raised by a rate, rounded half-up to the minor unit, apportioned again.
 *
 * Any other scenario is an {@link InvalidScenario}. A scenario's own value is checked, and
 * refused at its path in the scenario, never blamed on the input apportioned before it: a
 * headcount or a joining participant's id that is not one, and the only participant
 * leaving, are an {@link InvalidScenario} (`$.scenario.headcount`,
 * `$.scenario.participant.headcount`, `$.scenario.id`, …); an id that is not a participant
 * (or, joining, already is one) an {@link UnknownParticipant}; a change that leaves nobody with
 * staff a `ZeroHeadcount` at the value that did it; payments are read at `$.scenario.payments`;
 * a growth rate that is not two bigints is an {@link InvalidScenario} at `$.scenario.rate`.
 * The input is read once, by the apportionment before the scenario: the scenario works on the
 * total and the ids and headcounts that read, never on the input again; the scenario's
 * `kind` and fields are read once too.
 *
 * @example
 * ```ts
 * import { runScenario } from "@unsms/cost-sharing"
 * import { formatMoney, makeMoney, USD } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const base = {
 *   total: makeMoney(20_000_000_000n, USD),
 *   participants: [
 *     { id: "UNDP", headcount: 6000 },
 *     { id: "World Bank", headcount: 1100 },
 *     { id: "WFP", headcount: 2900 },
 *   ],
 * }
 * const outcome = Result.getOrThrow(
 *   runScenario(base, { kind: "gap-reapportioned", payments: [{ id: "World Bank", withheld: makeMoney(1_100_000_000n, USD) }] }),
 * )
 * for (const row of outcome.rows) console.log(row.id, formatMoney(row.before), formatMoney(row.after), formatMoney(row.change))
 * ```
 *
 * @category scenarios
 * @since 0.1.0
 */
export const runScenario = (
  input: CostShareInput,
  scenario: Scenario,
): Result.Result<ScenarioOutcome, ApportionError | InvalidPayments | UnknownParticipant | InvalidScenario> =>
  guardReading<ScenarioOutcome, ApportionError | InvalidPayments | UnknownParticipant | InvalidScenario>(
    () => runScenarioReadable(input, scenario),
    "an input and a scenario that can be read",
    ({ path, expected, received, message }) => new InvalidScenario({ message, path, expected, received }),
  );

const runScenarioReadable = (
  input: CostShareInput,
  scenario: Scenario,
): Result.Result<ScenarioOutcome, ApportionError | InvalidPayments | UnknownParticipant | InvalidScenario> => {
  const kind: unknown = typeof scenario === "object" && scenario !== null ? scenario.kind : undefined;
  if (typeof kind !== "string" || !KINDS.has(kind)) {
    const received =
      typeof kind === "string"
        ? JSON.stringify(kind)
        : typeof scenario === "object" && scenario !== null
          ? typeof kind
          : scenario === null
            ? "null"
            : typeof scenario;
    const expected = [...KINDS].map((k) => JSON.stringify(k)).join(", ");
    return Result.fail(
      new InvalidScenario({
        message: `$.scenario.kind: expected one of ${expected}; received ${received}`,
        path: "$.scenario.kind",
        expected,
        received,
      }),
    );
  }
  return Result.gen(() => scenarioOutcome(input, scenario, kind as Scenario["kind"]));
};

/** The apportionment before the scenario and after it, compared: the steps of {@link runScenario}. */
function* scenarioOutcome(input: CostShareInput, scenario: Scenario, kind: Scenario["kind"]) {
  const formula = input.formula ?? proportionalFormula;
  const reapportion = (total: Money, participants: ReadonlyArray<Participant>) =>
    apportion(total, participants, formula);
  const before = yield* reapportion(input.total, input.participants);
  // the input read once, by apportion: the scenario works on what it read (its total, and
  // each participant's id and headcount), never on the input again (a getter answers once)
  const total = before.total;
  const participants: ReadonlyArray<Participant> = before.shares.map(({ id, headcount }) => ({ id, headcount }));
  const order = before.ids;
  const has = (id: string): boolean => order.includes(id);
  switch (kind) {
    case "gap-left-open": {
      const { payments } = scenario as ScenarioOf<"gap-left-open">;
      const gap = yield* fundingGapAt(before, payments, "$.scenario.payments");
      const paid = new Map(gap.rows.map((row) => [row.id, row.paid.minorUnits]));
      return compare(before, paid, order, scenario, gap.gap.minorUnits);
    }
    case "gap-reapportioned": {
      const { payments } = scenario as ScenarioOf<"gap-reapportioned">;
      const gap = yield* fundingGapAt(before, payments, "$.scenario.payments");
      const payers = gap.rows.flatMap((row, index) =>
        row.arrears.minorUnits <= 0n && (participants[index] as Participant).headcount > 0 ? [index] : [],
      );
      const after = new Map(gap.rows.map((row) => [row.id, row.paid.minorUnits]));
      if (gap.gap.minorUnits !== 0n && payers.length === 0) {
        return yield* Result.fail(
          new FormulaNotMet({
            message: "$.scenario.payments: nobody with staff paid in full, so nobody can take over the gap",
            path: "$.scenario.payments",
            expected: "at least one participant with staff paying its share",
            received: "none",
          }),
        );
      }
      const extra = splitAmong(gap.gap.minorUnits, participants, payers);
      payers.forEach((index, j) => {
        const id = order[index] as string;
        after.set(id, (after.get(id) ?? 0n) + (extra[j] as bigint));
      });
      return compare(before, after, order, scenario, 0n);
    }
    case "join": {
      // the joining participant read once, its fields checked where the scenario has them
      const joining: unknown = (scenario as ScenarioOf<"join">).participant;
      const { id, headcount } = (
        typeof joining === "object" && joining !== null ? joining : {}
      ) as Partial<Participant>;
      if (typeof id !== "string" || id === "")
        return yield* Result.fail(
          new InvalidScenario(makeIssue("$.scenario.participant.id", "a non-empty id", describeValue(id))),
        );
      if (has(id)) return yield* Result.fail(unknown(id, "$.scenario.participant.id", "is already a participant"));
      if (!isHeadcount(headcount))
        return yield* Result.fail(new InvalidScenario(headcountIssue("$.scenario.participant.headcount", headcount)));
      const after = yield* blamed(
        reapportion(total, [...participants, { id, headcount }]),
        "$.scenario.participant.headcount",
      );
      return compare(before, amounts(after), order, scenario, 0n);
    }
    case "leave": {
      const id: unknown = (scenario as ScenarioOf<"leave">).id;
      if (typeof id !== "string" || !has(id))
        return yield* Result.fail(unknown(id, "$.scenario.id", "is not a participant"));
      if (order.length === 1)
        return yield* Result.fail(
          new InvalidScenario(
            makeIssue("$.scenario.id", "a participant who leaves others to share the total", describeValue(id)),
          ),
        );
      const after = yield* blamed(
        reapportion(
          total,
          participants.filter((participant) => participant.id !== id),
        ),
        "$.scenario.id",
      );
      return compare(before, amounts(after), order, scenario, 0n);
    }
    case "headcount": {
      const { id, headcount } = scenario as { readonly id?: unknown; readonly headcount?: unknown };
      if (typeof id !== "string" || !has(id))
        return yield* Result.fail(unknown(id, "$.scenario.id", "is not a participant"));
      if (!isHeadcount(headcount))
        return yield* Result.fail(new InvalidScenario(headcountIssue("$.scenario.headcount", headcount)));
      const after = yield* blamed(
        reapportion(
          total,
          participants.map((participant) => (participant.id === id ? { id, headcount } : participant)),
        ),
        "$.scenario.headcount",
      );
      return compare(before, amounts(after), order, scenario, 0n);
    }
    case "grow": {
      const rate: unknown = (scenario as ScenarioOf<"grow">).rate;
      const { numerator, denominator } = (typeof rate === "object" && rate !== null ? rate : {}) as Partial<Rate>;
      if (typeof numerator !== "bigint" || typeof denominator !== "bigint")
        return yield* Result.fail(
          new InvalidScenario(
            makeIssue("$.scenario.rate", "a rate: a bigint numerator and denominator", describeValue(rate)),
          ),
        );
      const growth = divideRoundHalfUp(total.minorUnits * numerator, denominator);
      if (Result.isFailure(growth)) {
        return yield* Result.fail(
          new InvalidFormula({
            message: "$.scenario.rate: the growth rate has a zero denominator",
            path: "$.scenario.rate",
            expected: "a rate with a non-zero denominator",
            received: `${numerator}/${denominator}`,
          }),
        );
      }
      const grown = { minorUnits: total.minorUnits + growth.success, currency: total.currency };
      const after = yield* reapportion(grown, participants);
      return compare(before, amounts(after), order, scenario, 0n);
    }
  }
}
