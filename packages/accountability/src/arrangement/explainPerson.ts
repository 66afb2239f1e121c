import { readOrElse } from "@unsms/core";
import * as Result from "effect/Result";
import { UnknownPerson } from "../errors/UnknownPerson";
import { annexIFramework } from "../framework/annexIFramework";
import type { AccountabilityLine } from "../framework/AccountabilityLine";
import type { ChainLink } from "../framework/ChainLink";
import type { Framework } from "../framework/Framework";
import type { OrganizationKind } from "../framework/OrganizationKind";
import type { Role } from "../framework/Role";
import { arrangementProblem } from "../internal/arrangementProblem";
import { checkFramework } from "../internal/checkFramework";
import { roleFinder } from "../internal/findRole";
import { frameworkIndex } from "../internal/frameworkIndex";
import { heldRoles } from "../internal/heldRoles";
import { nameFew } from "../internal/nameFew";
import { primaryLine } from "../internal/primaryLine";
import { stationFacts } from "../internal/StationFacts";
import { walkChain } from "../internal/walkChain";
import type { Arrangement } from "./Arrangement";
import type { ExplainedRole, PersonExplanation } from "./PersonExplanation";

const arrows: Readonly<Record<ChainLink["relation"], string>> = {
  self: "",
  through: "→",
  "accountable-to": "→",
  "reports-to": "→",
  advises: "→",
  "recognizes-coordination-of": "⇢ recognizes the coordinating role of",
};

const qualifier = (role: ExplainedRole): string =>
  [
    role.acting ? "acting" : undefined,
    role.chair === true ? "chair" : undefined,
    role.organization === undefined ? undefined : role.organization,
    role.area === undefined ? undefined : role.area,
  ]
    .filter((part) => part !== undefined)
    .join(", ");

/** How many links of a chain the text shows whole; a longer one shows its ends and counts the rest. */
const chainShown = 10;
/** How many distinct notes of a chain the text shows before it counts the rest. */
const notesShown = 5;

const linkWords = (link: ChainLink, index: number): string =>
  index === 0 ? link.name : `${arrows[link.relation]} ${link.name}`;

/** A chain in words, with its notes: at most {@link chainShown} links and {@link notesShown} notes, however long. */
const chainWords = (chain: ReadonlyArray<ChainLink>): string => {
  if (chain.length === 0) return "";
  const shown =
    chain.length <= chainShown
      ? chain.map(linkWords).join(" ")
      : [
          ...chain.slice(0, chainShown / 2).map(linkWords),
          `… ${chain.length - chainShown + 1} more`,
          ...chain.slice(chain.length - chainShown / 2 + 1).map((link, index) => linkWords(link, index + 1)),
        ].join(" ");
  const notes = [...new Set(chain.flatMap((link) => (link.note === undefined ? [] : [link.note])))];
  const noted = notes.slice(0, notesShown).map((note) => `\n  note: ${note}`);
  const more = notes.length > notesShown ? [`\n  note: and ${notes.length - notesShown} more`] : [];
  return `\n  chain: ${shown}${[...noted, ...more].join("")}`;
};

/** What a role's paragraph takes from the framework, worked out once per role and organization kind. */
interface Framed {
  readonly line: AccountabilityLine | undefined;
  readonly chain: ReadonlyArray<ChainLink>;
  readonly chainText: string;
}

/** A role's paragraph: `local` (whom it answers to here) and `framed.chainText` come worked out, shared by the roles alike. */
const paragraph = (role: ExplainedRole, local: string, chainText: string): string => {
  const title = `${role.letter === "" ? "" : `${role.letter} `}${role.name}${qualifier(role) === "" ? "" : ` (${qualifier(role)})`}`;
  const line = role.line;
  const lineText =
    line === undefined
      ? "no line of accountability in the framework"
      : `${line.description} (${line.citation.document}, ${line.citation.location})`;
  return `- ${title}: ${lineText}${local}${chainText}`;
};

/**
 * Explains a person's place in a duty station's arrangement: every role they hold (see
 * {@link rolesOf}), whom each answers to at the duty station, each role's lines of
 * accountability and the chain above it — as data and in words. The chain follows the
 * line for the kind of the organization concerned (the one headed, else the employer;
 * see {@link OrganizationPresent}): for a specialized agency it ends at the
 * Secretary-General with `recognizes-coordination-of` (Annex I ¶5); without a kind the
 * funds and programmes' line is followed and a `note` says so.
 * Role names and chains come from the framework given (by default
 * {@link annexIFramework}).
 *
 * The work is linear in the arrangement and the framework, however many roles the person
 * holds: the arrangement is checked once and the person looked up once (the roles are
 * those {@link rolesOf} gives, worked out after that one check, not by calling it); roles
 * answering to the same group of people share one frozen `answersToPeople` list, roles of
 * the same framework role and organization kind one frozen `chain`. The
 * text names at most 5 of the people a role answers to and counts the rest
 * (`A (a), B (b), C (c), D (d), E (e) and 3995 more`), and shows a chain of more than 10
 * links by its first 5 and last 4 and how many more lie between (`… 996 more`), with at
 * most 5 of its notes: a paragraph per role, of a size that does not grow with the
 * number of people or roles.
 *
 * @example
 * ```ts
 * import { explainPerson, type Arrangement } from "@unsms/accountability"
 * import * as Result from "effect/Result"
 *
 * const arrangement: Arrangement = {
 *   dutyStation: "Nairobi",
 *   kind: "country",
 *   people: [
 *     { id: "amara", name: "Amara Diallo", organization: "UNDP", international: true },
 *     { id: "lena", name: "Lena Berg", organization: "UNHCR", international: true },
 *   ],
 *   organizations: [{ id: "UNDP", name: "United Nations Development Programme", head: "amara" }],
 *   securityManagementTeam: { chair: "amara", members: [] },
 *   appointments: [
 *     { role: "designated-official", person: "amara" },
 *     { role: "warden", person: "lena", appointedBy: "amara", inWriting: true, area: "Gigiri" },
 *   ],
 * }
 * const explanation = Result.getOrThrow(explainPerson(arrangement, "lena"))
 * console.log(explanation.text)
 * // Lena Berg (lena, UNHCR, international staff) at Nairobi holds 2 roles:
 * // - M Wardens (Gigiri): accountable to the Designated Official for security functions (A/61/531, Annex I, ¶16)
 * //   answers here to: Amara Diallo (amara)
 * //   chain: Wardens → Designated Official → … → Member States
 * // - N Personnel …
 * ```
 *
 * @category arrangement
 * @since 0.1.0
 */
export const explainPerson = (
  arrangement: Arrangement,
  personId: string,
  framework: Framework = annexIFramework,
): Result.Result<PersonExplanation, UnknownPerson> =>
  readOrElse(
    () => {
      const problem = arrangementProblem(arrangement) ?? checkFramework(framework)?.message;
      return problem === undefined ? explain(arrangement, personId, framework) : Result.fail(unreadable(problem));
    },
    () => Result.fail(unreadable("it throws when read (a revoked proxy or a throwing getter)")),
  );

const shown = (personId: unknown): string =>
  typeof personId === "string" ? JSON.stringify(personId) : `a ${typeof personId}`;

const unreadable = (why: string): UnknownPerson =>
  new UnknownPerson({
    message: `no one can be found in an arrangement that cannot be read: ${why}`,
    path: "$",
    expected: "an arrangement (unsms schema accountability-check) and a framework of accountability",
    received: "a value that cannot be read as one",
  });

const explain = (
  arrangement: Arrangement,
  personId: string,
  framework: Framework,
): Result.Result<PersonExplanation, UnknownPerson> => {
  const person = arrangement.people.find((candidate) => candidate.id === personId);
  if (person === undefined) {
    return Result.fail(
      new UnknownPerson({
        message: `${shown(personId)} is not among the people of ${arrangement.dutyStation}`,
        path: "personId",
        expected: "the id of one of the arrangement's people",
        received: shown(personId),
      }),
    );
  }
  // the arrangement checked once (above) and the person found once: the roles are rolesOf's, from the same facts
  const facts = stationFacts(arrangement);
  const nameOf = (id: string): string => facts.person(id)?.name ?? id;
  const kinds = new Map<string, OrganizationKind>();
  for (const organization of arrangement.organizations) {
    if (organization.kind !== undefined && !kinds.has(organization.id)) kinds.set(organization.id, organization.kind);
  }
  // Built once per call: a person may hold up to 100 000 roles, a framework have as many.
  const roleOf = roleFinder(framework);
  const index = frameworkIndex(framework);
  const framed = new Map<Role, Map<OrganizationKind | undefined, Framed>>();
  const frame = (role: Role, kind: OrganizationKind | undefined): Framed => {
    let byKind = framed.get(role);
    if (byKind === undefined) framed.set(role, (byKind = new Map<OrganizationKind | undefined, Framed>()));
    const cached = byKind.get(kind);
    if (cached !== undefined) return cached;
    const chain = Object.freeze([...Result.getOrElse(walkChain(framework, role, kind, index), () => [])]);
    const computed: Framed = { line: primaryLine(role, kind)?.line, chain, chainText: chainWords(chain) };
    byKind.set(kind, computed);
    return computed;
  };
  // rolesOf gives one list per group of superiors: so many roles, one list of people and one text.
  const answering = new Map<
    ReadonlyArray<string>,
    { readonly people: ExplainedRole["answersToPeople"]; readonly text: string }
  >();
  const answer = (ids: ReadonlyArray<string>) => {
    const cached = answering.get(ids);
    if (cached !== undefined) return cached;
    const people = Object.freeze(ids.map((id) => Object.freeze({ id, name: nameOf(id) })));
    const describe = (id: string): string => `${nameOf(id)} (${id})`;
    const computed = { people, text: ids.length === 0 ? "" : `\n  answers here to: ${nameFew(ids, describe, ", ")}` };
    answering.set(ids, computed);
    return computed;
  };
  const paragraphs: Array<string> = [];
  const roles = heldRoles(facts, person).map((held): ExplainedRole => {
    const role = roleOf(held.roleId);
    const kind = kinds.get(held.organization ?? person.organization);
    const framing = role === undefined ? undefined : frame(role, kind);
    const line = framing?.line;
    const local = answer(held.answersTo);
    const explained: ExplainedRole = {
      ...held,
      letter: role?.letter ?? "",
      name: role?.name ?? held.roleId,
      lines: role?.accountableTo ?? [],
      ...(line === undefined ? {} : { line }),
      answersToPeople: local.people,
      chain: framing?.chain ?? [],
    };
    paragraphs.push(paragraph(explained, local.text, framing?.chainText ?? ""));
    return explained;
  });
  const status = person.international ? "international staff" : "national staff";
  const header = `${person.name} (${person.id}, ${person.organization}, ${status}) at ${arrangement.dutyStation} holds ${roles.length === 1 ? "1 role" : `${roles.length} roles`}:`;
  const text = [header, ...paragraphs].join("\n") + "\n";
  return Result.succeed({ person, dutyStation: arrangement.dutyStation, roles, text });
};
