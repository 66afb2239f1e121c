import * as Result from "effect/Result";
import { Accountability } from "@unsms/sdk";
import { UsageError } from "../internal/CliError";
import { inputAction, type DecodedInput } from "../internal/inputAction";
import { renamePath } from "../internal/renamePath";
import { renderTable } from "../internal/renderTable";
import { commandModule } from "../internal/commandModule";
import { explanationJson } from "../internal/explanationJson";

type Framework = Accountability.Framework;

/** The framework of `--framework FILE`, decoded and checked, or A/61/531's Annex I without it. */
const fromFramework = { option: "framework", fallback: Accountability.annexIFramework } as const;

const lineWords: Readonly<Record<Accountability.LineKind, string>> = {
  accountable: "accountable to",
  reports: "reports to",
  "recognizes-coordination": "recognizes the coordinating role of",
  advises: "advises",
  technical: "technical line to",
};

const lineText = (line: Accountability.AccountabilityLine): string =>
  `${lineWords[line.kind]} ${line.to}${line.through === undefined ? "" : ` (through ${line.through})`}${
    line.organizationKinds === undefined ? "" : ` [${line.organizationKinds.join(", ")}]`
  }`;

const hostText = (framework: Framework): string =>
  framework.hostGovernment === undefined
    ? ""
    : `\nOutside the system: ${framework.hostGovernment.name}: ${framework.hostGovernment.responsibility} (${framework.hostGovernment.citation.document}, ${framework.hostGovernment.citation.location})\n`;

const rolesText = (framework: Framework): string =>
  `${framework.edition}\n\n` +
  renderTable(
    ["", "id", "name", "lines", "appointed by"],
    framework.roles.map((role) => [
      role.letter,
      role.id,
      role.name,
      role.accountableTo.map(lineText).join("; ") || "-",
      `${role.appointment.by.join(", ") || "-"}${role.appointment.inWriting ? " (in writing)" : ""}`,
    ]),
  ) +
  hostText(framework);

const relationWords: Readonly<Record<Accountability.ChainLink["relation"], string>> = {
  self: "",
  through: "through",
  "accountable-to": "accountable to",
  "reports-to": "reports to",
  advises: "advises",
  "recognizes-coordination-of": "recognizes the coordinating role of",
};

const organizationKinds: ReadonlyArray<Accountability.OrganizationKind> = [
  "secretariat",
  "fund-or-programme",
  "specialized-agency",
  "other",
];

const chainText = (chain: ReadonlyArray<Accountability.ChainLink>): string =>
  chain
    .map((link, index) => {
      const name = `${link.letter === undefined ? "" : `${link.letter} `}${link.name}`;
      if (index === 0) return name;
      const how = relationWords[link.relation];
      const note = link.note === undefined ? "" : ` [${link.note}]`;
      return `  ${"  ".repeat(index - 1)}└ ${how} ${name}: ${link.description} (${link.citation.document}, ${link.citation.location})${note}`;
    })
    .join("\n") + "\n";

const checkText = (dutyStation: string, violations: ReadonlyArray<Accountability.Violation>): string => {
  if (violations.length === 0)
    return `${dutyStation}: the arrangement breaks no rule of the framework of accountability\n`;
  const count = violations.length === 1 ? "1 violation" : `${violations.length} violations`;
  return (
    `${dutyStation}: ${count}\n\n` +
    renderTable(
      ["code", "people", "rule"],
      violations.map((violation) => [
        violation.code,
        violation.people.join(", ") || "-",
        `${violation.citation.document}, ${violation.citation.location}`,
      ]),
    ) +
    "\n" +
    violations.map((violation, index) => `${index + 1}. ${violation.message}`).join("\n") +
    "\n"
  );
};

const check = (input: DecodedInput<"accountability-check">) =>
  Result.map(input, (arrangement) => {
    const violations = Accountability.checkArrangement(arrangement);
    return {
      exitCode: violations.length === 0 ? (0 as const) : (1 as const),
      json: { ok: violations.length === 0, violations },
      text: checkText(arrangement.dutyStation, violations),
    };
  });

const explain = (person: string) => (input: DecodedInput<"accountability-check">) =>
  Result.gen(() => explanationOutcome(input, person));

/** The steps of {@link explain}. */
function* explanationOutcome(input: DecodedInput<"accountability-check">, person: string) {
  const explanation = yield* Accountability.explainPerson(yield* input, person);
  return { exitCode: 0 as const, json: explanationJson(explanation), text: explanation.text };
}

const roles = (input: DecodedInput<"accountability-framework", Framework>) => Result.gen(() => rolesOutcome(input));

/** The steps of {@link roles}. */
function* rolesOutcome(input: DecodedInput<"accountability-framework", Framework>) {
  const framework = yield* Accountability.validateFramework(yield* input);
  return { exitCode: 0 as const, json: { roles: framework.roles }, text: rolesText(framework) };
}

interface ChainOptions {
  readonly framework?: string;
  readonly organizationKind?: string;
}

const chain = (role: string) => (input: DecodedInput<"accountability-framework", Framework>, options: ChainOptions) =>
  Result.gen(() => chainOutcome(input, options, role));

/** The steps of {@link chain}. */
function* chainOutcome(
  input: DecodedInput<"accountability-framework", Framework>,
  options: ChainOptions,
  role: string,
) {
  const kind = options.organizationKind;
  if (kind !== undefined && !(organizationKinds as ReadonlyArray<string>).includes(kind))
    return yield* Result.fail(
      new UsageError({
        message: `--organization-kind must be one of ${organizationKinds.join(", ")}; got ${JSON.stringify(kind)}`,
      }),
    );
  const framework = yield* Accountability.validateFramework(yield* input);
  // the role is the command's argument <role>, which the function calls idOrLetter
  const links = yield* Result.mapError(
    Accountability.chainOfAccountability(framework, role, {
      organizationKind: kind as Accountability.OrganizationKind | undefined,
    }),
    (error) => renamePath(error, "idOrLetter", "role"),
  );
  return { exitCode: 0 as const, json: { role: links[0]?.id ?? role, chain: links }, text: chainText(links) };
}

/**
 * `unsms accountability roles | chain ROLE | check | explain PERSON`: the framework of
 * accountability (A/61/531, Annex I) and the check of a duty station's arrangement.
 *
 * @internal
 */
export const accountabilityCommand = commandModule("accountability", (group, context) => {
  group
    .command("roles")
    .description("list the roles A–N: whom each is accountable to, who appoints it and how")
    .option(
      "--framework <file>",
      "a framework of accountability as JSON (default: standard input when piped, else A/61/531, Annex I)",
    )
    .action(inputAction(context, "accountability-framework", roles, fromFramework));
  group
    .command("chain")
    .description(
      "the chain of accountability from a role up to the Member States (for a specialized agency's line: up to the Secretary-General whose coordinating role it recognizes)",
    )
    .argument("<role>", "a role's id or letter, e.g. warden or M")
    .option(
      "--framework <file>",
      "a framework of accountability as JSON (default: standard input when piped, else A/61/531, Annex I)",
    )
    .option(
      "--organization-kind <kind>",
      `the kind of organization, for the executive heads' line (Annex I ¶5): ${organizationKinds.join(", ")}`,
    )
    .action((role: string, options: ChainOptions) =>
      inputAction(context, "accountability-framework", chain(role), fromFramework)(options),
    );
  group
    .command("check")
    .description("check a duty station's security arrangement; exit 1 when it breaks a rule")
    .option(
      "--input <file>",
      "the arrangement as JSON (default: standard input); see `unsms schema accountability-check`",
    )
    .action(inputAction(context, "accountability-check", check));
  group
    .command("explain")
    .description("explain a person's roles at a duty station and the chain above each")
    .argument("<person>", "the person's id in the arrangement")
    .option("--input <file>", "the arrangement as JSON (default: standard input)")
    .action((person: string, options: { input?: string }) =>
      inputAction(context, "accountability-check", explain(person))(options),
    );
});
