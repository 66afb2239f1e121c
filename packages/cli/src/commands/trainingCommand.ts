import * as Result from "effect/Result";
import { parseInstant, Training } from "@unsms/sdk";
import type { CommandContext } from "../CommandContext";
import { type DecodedInput, inputAction } from "../internal/inputAction";
import { renderTable } from "../internal/renderTable";
import { commandModule } from "../internal/commandModule";

const coursesText = (courses: ReadonlyArray<Training.Course>): string =>
  renderTable(
    ["id", "weeks", "who must take it", "source"],
    courses.map((course) => [
      course.id,
      course.lengthWeeks === null ? "-" : String(course.lengthWeeks),
      course.requiredOf,
      `${course.source.document} ${course.source.location}`,
    ]),
  );

/** The options of `unsms training check`. */
interface TrainingCheckOptions {
  readonly input?: string;
  readonly at?: string;
}

/**
 * `unsms training courses | check`: the course catalogue (A/61/531 ¶22–23, ¶28 (g), ¶50)
 * and the certification check of training records.
 *
 * @internal
 */
export const trainingCommand = commandModule("training", (group, context) => {
  group
    .command("courses")
    .description("list the report's courses: length, who must take them, source")
    .action(() => {
      return context.succeed({
        exitCode: 0,
        json: { courses: Training.trainingCourses },
        text: coursesText(Training.trainingCourses),
      });
    });
  group
    .command("check")
    .description(
      "whether each person may be appointed to a role (chief-security-adviser, the default, or security-adviser); exit 1 when someone may not, 2 for a role no rule names",
    )
    .option(
      "--input <file>",
      "JSON {records, role?, catalogue?} (default: standard input); see `unsms schema training-check`",
    )
    .option("--at <iso-time>", "the instant to judge at, RFC 3339 with an offset (default: now)")
    .action(
      inputAction(context, "training-check", (input, options: TrainingCheckOptions) =>
        Result.gen(() => trainingCheckOutcome(context, input, options)),
      ),
    );
});

/** The steps of `unsms training check`. */
function* trainingCheckOutcome(
  context: CommandContext,
  input: DecodedInput<"training-check">,
  options: TrainingCheckOptions,
) {
  const at = options.at === undefined ? context.io.now() : yield* parseInstant(options.at, "--at");
  const { records, role = "chief-security-adviser", catalogue = Training.trainingCourses } = yield* input;
  // the schema admits only a role the default rules name, so no decision fails; a
  // failure would still end here as bad input (exit 2), never as an appointment
  const people: Array<{
    person: string;
    certified: boolean;
    allowed: boolean;
    missing: Training.AppointmentDecision["missing"];
  }> = [];
  for (const record of records) {
    const decision = yield* Training.mayAppoint(role, record, at, { catalogue });
    people.push({
      person: record.person,
      certified: Training.isCertified(record, at, catalogue),
      allowed: decision.allowed,
      missing: decision.missing,
    });
  }
  const refused = people.filter((person) => !person.allowed).length;
  return {
    exitCode: refused === 0 ? (0 as const) : (1 as const),
    json: { at: at.toISOString(), role, people },
    text:
      `Appointment as ${role} at ${at.toISOString()}\n\n` +
      renderTable(
        ["person", "certified", "may be appointed", "missing"],
        people.map((p) => [
          p.person,
          p.certified ? "yes" : "no",
          p.allowed ? "yes" : "no",
          p.missing.map((m) => `${m.course} (${m.status}; ${m.source.document} ${m.source.location})`).join(", ") ||
            "-",
        ]),
      ),
  };
}
