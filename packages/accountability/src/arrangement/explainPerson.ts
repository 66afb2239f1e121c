import { readOrElse } from "@unsms/core";
import * as Result from "effect/Result";
import { UnknownPerson } from "../errors/UnknownPerson";
import { annexIFramework } from "../framework/annexIFramework";
import type { ChainLink } from "../framework/ChainLink";
import type { Framework } from "../framework/Framework";
import type { OrganizationKind } from "../framework/OrganizationKind";
import { arrangementProblem } from "../internal/arrangementProblem";
import { checkFramework } from "../internal/checkFramework";
import { findRole } from "../internal/findRole";
import { primaryLine } from "../internal/primaryLine";
import { walkChain } from "../internal/walkChain";
import type { Arrangement } from "./Arrangement";
import type { ExplainedRole, PersonExplanation } from "./PersonExplanation";
import { rolesOf } from "./rolesOf";

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

const paragraph = (role: ExplainedRole): string => {
  const title = `${role.letter === "" ? "" : `${role.letter} `}${role.name}${qualifier(role) === "" ? "" : ` (${qualifier(role)})`}`;
  const line = role.line;
  const lineText =
    line === undefined
      ? "no line of accountability in the framework"
      : `${line.description} (${line.citation.document}, ${line.citation.location})`;
  const local =
    role.answersToPeople.length === 0
      ? ""
      : `\n  answers here to: ${role.answersToPeople.map((person) => `${person.name} (${person.id})`).join(", ")}`;
  const chain =
    role.chain.length === 0
      ? ""
      : `\n  chain: ${role.chain.map((link, index) => (index === 0 ? link.name : `${arrows[link.relation]} ${link.name}`)).join(" ")}`;
  const notes = [...new Set(role.chain.flatMap((link) => (link.note === undefined ? [] : [link.note])))]
    .map((note) => `\n  note: ${note}`)
    .join("");
  return `- ${title}: ${lineText}${local}${chain}${notes}`;
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
  const names = new Map(arrangement.people.map((candidate) => [candidate.id, candidate.name] as const));
  const kinds = new Map<string, OrganizationKind>();
  for (const organization of arrangement.organizations) {
    if (organization.kind !== undefined && !kinds.has(organization.id)) kinds.set(organization.id, organization.kind);
  }
  const roles = rolesOf(arrangement, personId).map((held): ExplainedRole => {
    const role = findRole(framework, held.roleId);
    const kind = kinds.get(held.organization ?? person.organization);
    const chain = role === undefined ? [] : Result.getOrElse(walkChain(framework, role, kind), () => []);
    const line = role === undefined ? undefined : primaryLine(role, kind)?.line;
    return {
      ...held,
      letter: role?.letter ?? "",
      name: role?.name ?? held.roleId,
      lines: role?.accountableTo ?? [],
      ...(line === undefined ? {} : { line }),
      answersToPeople: held.answersTo.map((id) => ({ id, name: names.get(id) ?? id })),
      chain,
    };
  });
  const status = person.international ? "international staff" : "national staff";
  const header = `${person.name} (${person.id}, ${person.organization}, ${status}) at ${arrangement.dutyStation} holds ${roles.length === 1 ? "1 role" : `${roles.length} roles`}:`;
  const text = [header, ...roles.map(paragraph)].join("\n") + "\n";
  return Result.succeed({ person, dutyStation: arrangement.dutyStation, roles, text });
};
