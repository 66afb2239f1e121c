import { describeValue } from "@unsms/core";
import type { DutyStationId, OrganizationId, PersonId } from "@unsms/core";
import * as Result from "effect/Result";
import { ConflictingPresence } from "../errors/ConflictingPresence";
import type { InvalidPresenceInput } from "../errors/InvalidPresenceInput";
import { invalidInput } from "./invalidInput";
import type { PresentPerson } from "../census/PresentPerson";
import { presenceCategories } from "../record/presenceCategories";
import { isPresenceCategory } from "./isPresenceCategory";
import * as Order from "effect/Order";

/** The documented limit on records per call. */
const maxRecords = 1_000_000;

/** Text of 1 to 128 characters: what an id and a source must be (the schema's `min(1).max(128)`). */
const isShortText = (value: unknown): value is string =>
  typeof value === "string" && value.length > 0 && value.length <= 128;
/** The instant of a valid `Date` (its one `getTime()`), else `NaN`. */
const timeOf = (value: unknown): number => (value instanceof Date ? value.getTime() : Number.NaN);

const problem = invalidInput;
const invalid = (path: string, expected: string, received: string) =>
  Result.fail(invalidInput(path, expected, received));
const idProblem = (path: string, index: number, key: string, id: unknown): InvalidPresenceInput =>
  problem(`${path}[${index}].${key}`, "an id of 1 to 128 characters", describeValue(id));

/** A record's fields as its check read them, with `from` and `to` as instants (`Infinity` for an open record). */
interface ReadRecord {
  person: PersonId;
  organization: OrganizationId;
  category: PresentPerson["category"];
  dutyStation: DutyStationId;
  source: string;
  from: number;
  to: number;
}

/**
 * The one structural check of a record, `records[index]` (the schema is the boundary; this
 * keeps a plain JS caller from a throw): `undefined` for a well-formed record, whose fields
 * it writes into `into`, else its first problem. Each field is read once — the caller uses
 * what is written into `into`, never the record again — and a path is built only for a
 * problem. `source` is text of 1 to 128 characters, as the schema's length limits say
 * (like the ids, its characters are the schema's to check).
 */
const checkRecord = (
  record: unknown,
  path: string,
  index: number,
  into: ReadRecord,
): InvalidPresenceInput | undefined => {
  if (typeof record !== "object" || record === null)
    return problem(`${path}[${index}]`, "a presence record", describeValue(record));
  const r = record as Record<string, unknown>;
  const person = r["person"];
  if (!isShortText(person)) return idProblem(path, index, "person", person);
  const organization = r["organization"];
  if (!isShortText(organization)) return idProblem(path, index, "organization", organization);
  const dutyStation = r["dutyStation"];
  if (!isShortText(dutyStation)) return idProblem(path, index, "dutyStation", dutyStation);
  const category = r["category"];
  if (!isPresenceCategory(category))
    return problem(`${path}[${index}].category`, `one of ${presenceCategories.join(", ")}`, describeValue(category));
  const from = r["from"];
  const start = timeOf(from);
  if (Number.isNaN(start)) return problem(`${path}[${index}].from`, "a valid Date", describeValue(from));
  const to = r["to"];
  let end = Number.POSITIVE_INFINITY;
  if (to !== null) {
    end = timeOf(to);
    if (Number.isNaN(end)) return problem(`${path}[${index}].to`, "a valid Date or null", describeValue(to));
    if (end <= start) return problem(`${path}[${index}].to`, "an instant after from", new Date(end).toISOString());
  }
  const source = r["source"];
  if (!isShortText(source))
    return problem(`${path}[${index}].source`, "a source of 1 to 128 characters", describeValue(source));
  into.person = person as PersonId;
  into.organization = organization as OrganizationId;
  into.category = category;
  into.dutyStation = dutyStation as DutyStationId;
  into.source = source;
  into.from = start;
  into.to = end;
  return undefined;
};

const sameplace = (a: PresentPerson, b: PresentPerson): boolean =>
  a.dutyStation === b.dutyStation && a.organization === b.organization && a.category === b.category;

/** A collision-free key of a placement (lengths first), so that gathering conflicts stays linear. */
const placeKey = (p: PresentPerson): string =>
  `${p.dutyStation.length}:${p.dutyStation}|${p.organization.length}:${p.organization}|${p.category}`;

/** Who is present at one instant so far, and the conflicts found there. */
interface Presence {
  readonly at: Date;
  readonly time: number;
  readonly present: Map<string, PresentPerson>;
  conflicts: Map<string, Map<string, PresentPerson>> | undefined;
  firstConflictPath: string;
}

/** Adds `entry`, from `records[index]`, to who is present at one instant. */
const place = (presence: Presence, entry: PresentPerson, path: string, index: number): void => {
  const seen = presence.present.get(entry.person);
  if (seen === undefined) {
    presence.present.set(entry.person, entry);
  } else if (sameplace(seen, entry)) {
    if (Order.String(entry.source, seen.source) < 0) presence.present.set(entry.person, entry);
  } else {
    presence.conflicts ??= new Map();
    if (presence.conflicts.size === 0) presence.firstConflictPath = `${path}[${index}]`;
    let placements = presence.conflicts.get(entry.person);
    if (placements === undefined) {
      placements = new Map([[placeKey(seen), seen]]);
      presence.conflicts.set(entry.person, placements);
    }
    placements.set(placeKey(entry), entry);
  }
};

/** The {@link ConflictingPresence} of the conflicts found at one instant. */
const conflicting = (
  at: Date,
  conflicts: Map<string, Map<string, PresentPerson>>,
  firstConflictPath: string,
): ConflictingPresence => {
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
  return new ConflictingPresence({
    message: `${listed.length} person(s) present in two ways at ${at.toISOString()}, e.g. ${JSON.stringify(first?.person)} at ${where}: counting them would count a person twice`,
    path: firstConflictPath,
    expected: "one presence per person at an instant",
    received: `${first?.person ?? ""} at ${where}`,
    conflicts: listed,
  });
};

/**
 * Everyone present at each of `instants` (from ≤ at < to), one map per instant in their
 * order, one entry per person, from one walk of the records that checks and reads each
 * record once, whatever the number of instants. A person the records place in two ways at
 * once is a {@link ConflictingPresence} listing every such person at that instant; when
 * several instants have conflicts, the first of them in `instants` is the one reported. An
 * invalid record is refused at its path (the first one, before any conflict). Duplicates
 * that agree count once (the lowest source by code units is kept, so that record order
 * never changes the answer). Paths are those of the presence input document
 * (`$.records[1]`), as its decoding gives them. Linear in records × instants.
 *
 * @internal
 */
export const presentAtEach = <const Instants extends ReadonlyArray<Date>>(
  records: unknown,
  instants: Instants,
  path = "$.records",
): Result.Result<
  { readonly [K in keyof Instants]: Map<string, PresentPerson> },
  InvalidPresenceInput | ConflictingPresence
> => {
  if (!Array.isArray(records)) return invalid(path, "an array of presence records", describeValue(records));
  if (records.length > maxRecords) return invalid(path, `at most ${maxRecords} records`, `${records.length} records`);
  const presences: ReadonlyArray<Presence> = instants.map((at) => ({
    at,
    time: at.getTime(),
    present: new Map<string, PresentPerson>(),
    conflicts: undefined,
    firstConflictPath: "",
  }));
  const read: ReadRecord = {
    person: "" as PersonId,
    organization: "" as OrganizationId,
    category: "staff",
    dutyStation: "" as DutyStationId,
    source: "",
    from: 0,
    to: 0,
  };
  for (let index = 0; index < records.length; index += 1) {
    const bad = checkRecord(records[index], path, index, read);
    if (bad !== undefined) return Result.fail(bad);
    // one entry per record, shared by the instants at which it is present
    let entry: PresentPerson | undefined;
    for (const presence of presences) {
      if (read.from > presence.time || read.to <= presence.time) continue;
      entry ??= {
        person: read.person,
        organization: read.organization,
        category: read.category,
        dutyStation: read.dutyStation,
        source: read.source,
      };
      place(presence, entry, path, index);
    }
  }
  for (const presence of presences)
    if (presence.conflicts !== undefined)
      return Result.fail(conflicting(presence.at, presence.conflicts, presence.firstConflictPath));
  return Result.succeed(
    presences.map((presence) => presence.present) as { readonly [K in keyof Instants]: Map<string, PresentPerson> },
  );
};

/**
 * Everyone present at `at` (from ≤ at < to), one entry per person, or a
 * {@link ConflictingPresence} listing every person the records place in two ways at once:
 * {@link presentAtEach} for one instant. Duplicates that agree count once (the lowest source
 * by code units is kept, so that record order never changes the answer). Checks every
 * record's structure on the way, reading each field once. Paths are those of the presence
 * input document (`$.records[1]`), as its decoding gives them.
 *
 * @internal
 */
export const presentAt = (
  records: unknown,
  at: Date,
  path = "$.records",
): Result.Result<Map<string, PresentPerson>, InvalidPresenceInput | ConflictingPresence> =>
  Result.map(presentAtEach(records, [at], path), ([present]) => present);
