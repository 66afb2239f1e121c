import { describeValue } from "@unsms/core";
import * as Result from "effect/Result";
import { ConflictingPresence } from "../errors/ConflictingPresence";
import type { InvalidPresenceInput } from "../errors/InvalidPresenceInput";
import { invalidInput } from "./invalidInput";
import type { PresentPerson } from "../census/PresentPerson";
import { presenceCategories } from "../record/presenceCategories";
import { isPresenceCategory } from "./isPresenceCategory";
import type { PresenceRecord } from "../record/PresenceRecord";
import * as Order from "effect/Order";

/** The documented limit on records per call. */
const maxRecords = 1_000_000;

const isId = (value: unknown): value is string => typeof value === "string" && value.length > 0 && value.length <= 128;
const isDate = (value: unknown): value is Date => value instanceof Date && !Number.isNaN(value.getTime());

const problem = invalidInput;
const invalid = (path: string, expected: string, received: string) =>
  Result.fail(invalidInput(path, expected, received));
const idProblem = (path: string, index: number, key: string, id: unknown): InvalidPresenceInput =>
  problem(`${path}[${index}].${key}`, "an id of 1 to 128 characters", describeValue(id));

/**
 * The one structural check of a record, `records[index]` (the schema is the boundary; this
 * keeps a plain JS caller from a throw): `undefined` for a well-formed record, else its first
 * problem. Each field is read once, and a path is built only for a problem.
 */
const checkRecord = (record: unknown, path: string, index: number): InvalidPresenceInput | undefined => {
  if (typeof record !== "object" || record === null)
    return problem(`${path}[${index}]`, "a presence record", describeValue(record));
  const r = record as Record<string, unknown>;
  const person = r["person"];
  if (!isId(person)) return idProblem(path, index, "person", person);
  const organization = r["organization"];
  if (!isId(organization)) return idProblem(path, index, "organization", organization);
  const dutyStation = r["dutyStation"];
  if (!isId(dutyStation)) return idProblem(path, index, "dutyStation", dutyStation);
  const category = r["category"];
  if (!isPresenceCategory(category))
    return problem(`${path}[${index}].category`, `one of ${presenceCategories.join(", ")}`, describeValue(category));
  const from = r["from"];
  if (!isDate(from)) return problem(`${path}[${index}].from`, "a valid Date", describeValue(from));
  const to = r["to"];
  if (to === null) return undefined;
  if (!isDate(to)) return problem(`${path}[${index}].to`, "a valid Date or null", describeValue(to));
  return to.getTime() > from.getTime()
    ? undefined
    : problem(`${path}[${index}].to`, "an instant after from", to.toISOString());
};

const sameplace = (a: PresentPerson, b: PresentPerson): boolean =>
  a.dutyStation === b.dutyStation && a.organization === b.organization && a.category === b.category;

/** A collision-free key of a placement (lengths first), so that gathering conflicts stays linear. */
const placeKey = (p: PresentPerson): string =>
  `${p.dutyStation.length}:${p.dutyStation}|${p.organization.length}:${p.organization}|${p.category}`;

/**
 * Everyone present at `at` (from ≤ at < to), one entry per person, or a
 * {@link ConflictingPresence} listing every person the records place in two ways at once.
 * Duplicates that agree count once (the lowest source by code units is kept, so that record
 * order never changes the answer). Checks every record's structure on the way. Paths are
 * those of the presence input document (`$.records[1]`), as its decoding gives them.
 *
 * @internal
 */
export const presentAt = (
  records: unknown,
  at: Date,
  path = "$.records",
): Result.Result<Map<string, PresentPerson>, InvalidPresenceInput | ConflictingPresence> => {
  if (!Array.isArray(records)) return invalid(path, "an array of presence records", describeValue(records));
  if (records.length > maxRecords) return invalid(path, `at most ${maxRecords} records`, `${records.length} records`);
  const time = at.getTime();
  const present = new Map<string, PresentPerson>();
  let conflicts: Map<string, Map<string, PresentPerson>> | undefined;
  let firstConflictPath = "";
  for (let index = 0; index < records.length; index += 1) {
    const record: unknown = records[index];
    const bad = checkRecord(record, path, index);
    if (bad !== undefined) return Result.fail(bad);
    const r = record as PresenceRecord;
    if (r.from.getTime() > time || (r.to !== null && r.to.getTime() <= time)) continue;
    const entry: PresentPerson = {
      person: r.person,
      organization: r.organization,
      category: r.category,
      dutyStation: r.dutyStation,
      source: r.source,
    };
    const seen = present.get(r.person);
    if (seen === undefined) {
      present.set(r.person, entry);
    } else if (sameplace(seen, entry)) {
      if (Order.String(entry.source, seen.source) < 0) present.set(r.person, entry);
    } else {
      conflicts ??= new Map();
      if (conflicts.size === 0) firstConflictPath = `${path}[${index}]`;
      let placements = conflicts.get(r.person);
      if (placements === undefined) {
        placements = new Map([[placeKey(seen), seen]]);
        conflicts.set(r.person, placements);
      }
      placements.set(placeKey(entry), entry);
    }
  }
  if (conflicts === undefined) return Result.succeed(present);
  const listed = [...conflicts.entries()]
    .sort(([a], [b]) => Order.String(a, b))
    .map(([person, placements]) => ({
      person,
      placements: [...placements.values()]
        .map((p) => ({ dutyStation: p.dutyStation, organization: p.organization, category: p.category }))
        .sort(
          (a, b) =>
            Order.String(a.dutyStation, b.dutyStation) ||
            Order.String(a.organization, b.organization) ||
            Order.String(a.category, b.category),
        ),
    }));
  const first = listed[0];
  const where =
    first === undefined
      ? ""
      : first.placements.map((p) => `${p.dutyStation} (${p.organization}, ${p.category})`).join(" and ");
  return Result.fail(
    new ConflictingPresence({
      message: `${listed.length} person(s) present in two ways at ${at.toISOString()}, e.g. ${JSON.stringify(first?.person)} at ${where}: counting them would count a person twice`,
      path: firstConflictPath,
      expected: "one presence per person at an instant",
      received: `${first?.person ?? ""} at ${where}`,
      conflicts: listed,
    }),
  );
};
