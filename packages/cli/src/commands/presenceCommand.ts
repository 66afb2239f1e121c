import * as Result from "effect/Result";
import { parseInstant, Presence, type DutyStationId, type TaggedErrorLike } from "@unsms/sdk";
import type { CommandContext } from "../CommandContext";
import { UsageError } from "../internal/CliError";
import { inputAction, type DecodedInput } from "../internal/inputAction";
import { renderTable } from "../internal/renderTable";
import { commandModule } from "../internal/commandModule";

interface PresenceOptions {
  readonly input?: string;
  readonly at?: string;
  readonly from?: string;
  readonly to?: string;
  readonly station?: string;
}

/** The instant of a flag through core's `parseInstant`; the clock's now when the flag is absent and `now` is allowed. */
const instant = (
  context: CommandContext,
  text: string | undefined,
  flag: string,
  now: boolean,
): Result.Result<Date, TaggedErrorLike> => {
  if (text === undefined) {
    return now
      ? Result.succeed(context.io.now())
      : Result.fail(
          new UsageError({
            message: `${flag} is required: an RFC 3339 instant with an offset, e.g. 2006-06-30T12:00:00Z`,
          }),
        );
  }
  return parseInstant(text, flag);
};

const stationFilter = (options: PresenceOptions) =>
  options.station === undefined ? {} : { dutyStation: options.station as DutyStationId };

const person = (p: Presence.PresentPerson) => ({
  person: p.person,
  organization: p.organization,
  category: p.category,
  dutyStation: p.dutyStation,
  source: p.source,
});

const census = (context: CommandContext) => (input: DecodedInput<"presence">, options: PresenceOptions) =>
  Result.gen(() => censusOutcome(context, input, options));

/** The steps of {@link census}. */
function* censusOutcome(context: CommandContext, input: DecodedInput<"presence">, options: PresenceOptions) {
  const at = yield* instant(context, options.at, "--at", true);
  const { records } = yield* input;
  const { asOf, total, stations } = yield* Presence.takeCensus(records, at, stationFilter(options));
  const json = {
    asOf: asOf.toISOString(),
    total,
    stations: stations.map((s) => ({
      dutyStation: s.dutyStation,
      total: s.total,
      byCategory: s.byCategory,
      byOrganization: s.byOrganization,
      people: s.people.map(person),
    })),
  };
  const text =
    `Census at ${json.asOf}: ${total} present, each person once (A/61/531 ¶25)\n\n` +
    renderTable(
      ["duty station", "present", ...Presence.presenceCategories],
      stations.map((s) => [
        s.dutyStation,
        String(s.total),
        ...Presence.presenceCategories.map((c) => String(s.byCategory.find((row) => row.category === c)?.count ?? 0)),
      ]),
    );
  return { exitCode: 0 as const, json, text };
}

const headcounts = (context: CommandContext) => (input: DecodedInput<"presence">, options: PresenceOptions) =>
  Result.gen(() => headcountsOutcome(context, input, options));

/** The steps of {@link headcounts}. */
function* headcountsOutcome(context: CommandContext, input: DecodedInput<"presence">, options: PresenceOptions) {
  const at = yield* instant(context, options.at, "--at", false);
  const { records, rule: chosen } = yield* input;
  const { asOf, rule, explanation, participants, counted } = yield* Presence.countHeadcounts(
    records,
    at,
    chosen ?? Presence.defaultCountingRule,
  );
  const json = {
    asOf: asOf.toISOString(),
    rule: {
      name: rule.name,
      basis: rule.basis,
      categories: rule.categories,
      dutyStations: rule.dutyStations,
      text: explanation,
    },
    participants: participants.map((p) => ({ id: p.id, headcount: p.headcount })),
  };
  const text = `${explanation}\n${counted} counted. For cost shares: --json | unsms cost-share --total AMOUNT\n\n${renderTable(
    ["organization", "headcount"],
    participants.map((p) => [p.id, String(p.headcount)]),
  )}`;
  return { exitCode: 0 as const, json, text };
}

const changes = (context: CommandContext) => (input: DecodedInput<"presence">, options: PresenceOptions) =>
  Result.gen(() => changesOutcome(context, input, options));

/** The steps of {@link changes}. */
function* changesOutcome(context: CommandContext, input: DecodedInput<"presence">, options: PresenceOptions) {
  const from = yield* instant(context, options.from, "--from", false);
  const to = yield* instant(context, options.to, "--to", true);
  const { records } = yield* input;
  const c = yield* Presence.changesBetween(records, from, to, stationFilter(options));
  const json = {
    from: c.from.toISOString(),
    to: c.to.toISOString(),
    arrived: c.arrived.map(person),
    departed: c.departed.map(person),
    changed: c.changed.map((x) => ({ person: x.person, before: person(x.before), after: person(x.after) })),
    unchanged: c.unchanged,
  };
  const rows = [
    ...c.arrived.map((p) => ["arrived", p.person, p.organization, p.category, "", p.dutyStation]),
    ...c.departed.map((p) => ["departed", p.person, p.organization, p.category, p.dutyStation, ""]),
    ...c.changed.map((x) => [
      "changed",
      x.person,
      x.after.organization,
      x.after.category,
      x.before.dutyStation,
      x.after.dutyStation,
    ]),
  ];
  const text = `Changes from ${json.from} to ${json.to}: ${c.arrived.length} arrived, ${c.departed.length} departed, ${c.changed.length} changed, ${c.unchanged} unchanged\n\n${renderTable(["change", "person", "organization", "category", "from", "to"], rows)}`;
  return { exitCode: 0 as const, json, text };
}

const evacuationList =
  (context: CommandContext, station: string) => (input: DecodedInput<"presence">, options: PresenceOptions) =>
    Result.gen(() => evacuationOutcome(context, station, input, options));

/** The steps of {@link evacuationList}. */
function* evacuationOutcome(
  context: CommandContext,
  station: string,
  input: DecodedInput<"presence">,
  options: PresenceOptions,
) {
  const at = yield* instant(context, options.at, "--at", true);
  const { records, evacuation } = yield* input;
  const l = yield* Presence.drawEvacuationList(
    records,
    at,
    station as DutyStationId,
    evacuation ?? Presence.defaultEvacuationPolicy,
  );
  const json = {
    dutyStation: l.dutyStation,
    asOf: l.asOf.toISOString(),
    policy: l.policy,
    basis: l.basis,
    total: l.total,
    groups: l.groups.map((g) => ({ priority: g.priority, name: g.name, people: g.people.map(person) })),
  };
  const text = `Evacuation list of ${l.dutyStation} at ${json.asOf}: ${l.total} people (${l.policy}; ${l.basis})\n\n${renderTable(
    ["priority", "group", "person", "organization", "category"],
    l.groups.flatMap((g) => g.people.map((p) => [String(g.priority), g.name, p.person, p.organization, p.category])),
  )}`;
  return { exitCode: 0 as const, json, text };
}

// --station is checked before the input is read
const evacuationAction = (context: CommandContext) => (options: PresenceOptions) =>
  options.station === undefined
    ? context.fail(new UsageError({ message: "--station is required: the duty station whose list to draw" }))
    : inputAction(context, "presence", evacuationList(context, options.station))(options);

/**
 * `unsms presence census | headcounts | changes | evacuation`: who is where (A/61/531 ¶25),
 * from `{"records": […]}` (`unsms schema presence`).
 *
 * @internal
 */
export const presenceCommand = commandModule("presence", (presence, context) => {
  presence
    .command("census")
    .description("who is at each duty station at an instant, each person once")
    .option("--input <file>", "presence records (unsms schema presence); - or absent for standard input")
    .option("--at <instant>", "RFC 3339 instant with an offset; default: now")
    .option("--station <id>", "only this duty station")
    .action(inputAction(context, "presence", census(context)));
  presence
    .command("headcounts")
    .description(
      "cost-sharing headcounts by organization under the counting rule (default: staff, ¶52); pipe --json into `unsms cost-share --total`",
    )
    .option("--input <file>", "presence records, optionally with a counting rule; - or absent for standard input")
    .option("--at <instant>", "the census instant (required), RFC 3339 with an offset")
    .action(inputAction(context, "presence", headcounts(context)));
  presence
    .command("changes")
    .description("arrivals, departures and moves between two instants")
    .option("--input <file>", "presence records; - or absent for standard input")
    .option("--from <instant>", "the earlier instant (required)")
    .option("--to <instant>", "the later instant; default: now")
    .option("--station <id>", "only this duty station")
    .action(inputAction(context, "presence", changes(context)));
  presence
    .command("evacuation")
    .description(
      "the evacuation or relocation list of a duty station by priority group (default order: our assumption)",
    )
    .option("--input <file>", "presence records, optionally with an evacuation policy; - or absent for standard input")
    .option("--station <id>", "the duty station (required)")
    .option("--at <instant>", "RFC 3339 instant with an offset; default: now")
    .action(evacuationAction(context));
});
