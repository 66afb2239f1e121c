import { unreadable } from "../internal/unreadable";
import { catchUnreadable, describeValue, isListUpTo } from "@unsms/core";
import type { OrganizationId } from "@unsms/core";
import * as Result from "effect/Result";
import type { ConflictingPresence } from "../errors/ConflictingPresence";
import type { InvalidPresenceInput } from "../errors/InvalidPresenceInput";
import { invalidInput } from "../internal/invalidInput";
import { checkInstant } from "../internal/checkInstant";
import * as Order from "effect/Order";
import { presentAt } from "../internal/presentAt";
import { presenceCategories } from "../record/presenceCategories";
import { isPresenceCategory } from "../internal/isPresenceCategory";
import { MAX_DUTY_STATIONS } from "../internal/maxDutyStations";
import type { PresenceRecord } from "../record/PresenceRecord";
import type { CountingRule } from "./CountingRule";
import { defaultCountingRule } from "./defaultCountingRule";
import type { Headcounts } from "./Headcounts";

const invalid = (path: string, expected: string, received: string) =>
  Result.fail(invalidInput(path, expected, received));

const checkRule = (rule: CountingRule): Result.Result<CountingRule, InvalidPresenceInput> => {
  if (typeof rule !== "object" || rule === null) return invalid("$.rule", "a counting rule", String(rule));
  if (!Array.isArray(rule.categories) || rule.categories.length === 0)
    return invalid("$.rule.categories", "at least one category", typeof rule.categories);
  for (let index = 0; index < rule.categories.length; index += 1) {
    const category: unknown = rule.categories[index];
    if (typeof category !== "string" || !isPresenceCategory(category))
      return invalid(
        `$.rule.categories[${index}]`,
        `one of ${presenceCategories.join(", ")}`,
        JSON.stringify(category) ?? "undefined",
      );
  }
  if (rule.dutyStations !== null && !isListUpTo(rule.dutyStations, MAX_DUTY_STATIONS))
    return invalid(
      "$.rule.dutyStations",
      `null or an array of at most ${MAX_DUTY_STATIONS} duty station ids`,
      describeValue(rule.dutyStations),
    );
  return Result.succeed(rule);
};

const list = (items: ReadonlyArray<string>): string =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] ?? ""}`;

/**
 * Cost-sharing headcounts from presence: the people of the rule's categories present at the
 * rule's duty stations at `at`, each counted once, summed by the organization of their
 * presence record. Under {@link defaultCountingRule} that is the staff present anywhere (A/61/531
 * ¶52 shares field-related costs by numbers of staff). The participants are sorted by id and
 * hand straight to `@unsms/cost-sharing` ({@link costSharesFromPresence} does both in one
 * call); the headcounts always sum to the census of the counted people. Record order never
 * changes the answer; a person placed in two ways at `at` is a {@link ConflictingPresence}.
 * A rule that cannot be applied is an `InvalidPresenceInput` at its path in the presence
 * input document (`$.rule.categories[0]`), among them a rule naming more than 100 000 duty
 * stations (the schema's limit, checked on the list's length before any station is read).
 * A value that cannot be read (a revoked proxy, a throwing getter) is an `InvalidPresenceInput`; nothing is thrown.
 *
 * @example
 * ```ts
 * import { countHeadcounts, type PresenceRecord } from "@unsms/presence"
 * import * as Result from "effect/Result"
 *
 * const since = new Date("2006-01-01T00:00:00Z")
 * const records = [
 *   { person: "s1", organization: "WFP", category: "staff", dutyStation: "Manila", from: since, to: null, source: "ists" },
 *   { person: "s2", organization: "UNDP", category: "staff", dutyStation: "Cairo", from: since, to: null, source: "ists" },
 *   { person: "s3", organization: "UNDP", category: "staff", dutyStation: "Bogota", from: since, to: null, source: "ists" },
 *   { person: "d1", organization: "UNDP", category: "dependant", dutyStation: "Bogota", from: since, to: null, source: "ists" },
 * ] as ReadonlyArray<PresenceRecord>
 * const headcounts = Result.getOrThrow(countHeadcounts(records, new Date("2006-06-30T00:00:00Z")))
 * console.log(headcounts.participants) // [{ id: "UNDP", headcount: 2 }, { id: "WFP", headcount: 1 }]
 * console.log(headcounts.explanation)
 * // "Counted: staff present at any duty station at 2006-06-30T00:00:00.000Z, each person once, by the organization of the presence record (rule \"staff present\": A/61/531 ¶52 (costs shared by the participating organizations' numbers of staff); staff only is our reading)."
 * ```
 *
 * @function
 * @category headcounts
 * @since 0.2.0
 */
export const countHeadcounts = /* @__PURE__ */ catchUnreadable(
  (
    records: ReadonlyArray<PresenceRecord>,
    at: Date,
    rule: CountingRule = defaultCountingRule,
  ): Result.Result<Headcounts, InvalidPresenceInput | ConflictingPresence> =>
    Result.gen(() => headcountsOf(records, at, rule)),
  unreadable,
);

/** The people of the rule present at `at`, counted by organization: the steps of {@link countHeadcounts}. */
function* headcountsOf(records: ReadonlyArray<PresenceRecord>, at: Date, rule: CountingRule) {
  const asOf = yield* checkInstant(at, "at");
  const checked = yield* checkRule(rule);
  const present = yield* presentAt(records, asOf);
  const categories = new Set<string>(checked.categories);
  const stations = checked.dutyStations === null ? null : new Set<string>(checked.dutyStations);
  const counts = new Map<OrganizationId, number>();
  let counted = 0;
  for (const person of present.values()) {
    if (!categories.has(person.category) || (stations !== null && !stations.has(person.dutyStation))) continue;
    counts.set(person.organization, (counts.get(person.organization) ?? 0) + 1);
    counted += 1;
  }
  const where = stations === null ? "at any duty station" : `at ${list([...stations].sort(Order.String))}`;
  const who = list(presenceCategories.filter((category) => categories.has(category)));
  return {
    asOf,
    rule: checked,
    explanation: `Counted: ${who} present ${where} at ${asOf.toISOString()}, each person once, by the organization of the presence record (rule ${JSON.stringify(checked.name)}: ${checked.basis}).`,
    counted,
    participants: [...counts.entries()]
      .sort(([a], [b]) => Order.String(a, b))
      .map(([id, headcount]) => ({ id, headcount })),
  };
}
