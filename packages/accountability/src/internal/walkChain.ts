import type { Issue } from "@unsms/core";
import * as Result from "effect/Result";
import type { AccountabilityLine, LineKind } from "../framework/AccountabilityLine";
import type { ChainLink } from "../framework/ChainLink";
import type { Framework } from "../framework/Framework";
import type { OrganizationKind } from "../framework/OrganizationKind";
import type { Role } from "../framework/Role";
import { frameworkIndex } from "./frameworkIndex";
import { primaryLine } from "./primaryLine";

const relationOf: Readonly<Record<Exclude<LineKind, "technical">, ChainLink["relation"]>> = {
  accountable: "accountable-to",
  reports: "reports-to",
  advises: "advises",
  "recognizes-coordination": "recognizes-coordination-of",
};

/** The link to `role` along `line`: its description and citation are the line's. */
const linkTo = (
  role: Role,
  relation: ChainLink["relation"],
  line: AccountabilityLine,
  note: { readonly note?: string },
): ChainLink => ({
  id: role.id,
  name: role.name,
  letter: role.letter,
  relation,
  description: line.description,
  citation: line.citation,
  ...note,
});

/**
 * Follows each role's primary line (see `primaryLine`) from `start` up to the apex, or up
 * to the role a line of another kind reaches: a `recognizes-coordination` line (¶5) or an
 * `advises` line (the SMT's, ¶9) ends the chain, for neither is a line of accountability. Fails with the issue that stops it: a
 * role without a line, a dangling reference, or a cycle. Always terminates: a role is
 * never visited twice. A caller walking many chains of one framework passes its `roles`
 * (`frameworkIndex`, built once) rather than have it rebuilt over all roles on every call.
 *
 * @internal
 */
export const walkChain = (
  framework: Framework,
  start: Role,
  organizationKind?: OrganizationKind,
  roles: ReadonlyMap<string, { readonly role: Role; readonly index: number }> = frameworkIndex(framework),
): Result.Result<ReadonlyArray<ChainLink>, Issue> => {
  const links: Array<ChainLink> = [
    {
      id: start.id,
      name: start.name,
      letter: start.letter,
      relation: "self",
      description: start.description,
      citation: start.citation,
    },
  ];
  const visited = new Set<string>([start.id]);
  let current = start;
  for (;;) {
    const index = roles.get(current.id)?.index ?? -1;
    const primary = primaryLine(current, organizationKind);
    if (primary === undefined) {
      return Result.fail({
        path: `$.roles[${index}].accountableTo`,
        expected: "a line a chain can follow (accountable, reports, advises or recognizes-coordination)",
        received: JSON.stringify(current.accountableTo.map((line) => line.kind)),
        message: `role ${current.id} has no line of accountability`,
      });
    }
    const { line } = primary;
    const at = `$.roles[${index}].accountableTo[${primary.index}]`;
    const note = primary.assumed === undefined ? {} : { note: primary.assumed };
    const relation = relationOf[line.kind as Exclude<LineKind, "technical">];
    if (line.through !== undefined) {
      const through = roles.get(line.through)?.role;
      if (through === undefined) {
        return Result.fail({
          path: `${at}.through`,
          expected: "the id of a role of the framework",
          received: JSON.stringify(line.through),
          message: `role ${current.id} is accountable through ${line.through}, which is not a role of the framework`,
        });
      }
      links.push(linkTo(through, "through", line, note));
    }
    if (line.to === framework.apex.id) {
      links.push({
        id: framework.apex.id,
        name: framework.apex.name,
        relation,
        description: line.description,
        citation: line.citation,
        ...note,
      });
      return Result.succeed(links);
    }
    const next = roles.get(line.to)?.role;
    if (next === undefined) {
      return Result.fail({
        path: `${at}.to`,
        expected: `the id of a role of the framework or ${JSON.stringify(framework.apex.id)}`,
        received: JSON.stringify(line.to),
        message: `role ${current.id} is accountable to ${line.to}, which is not a role of the framework`,
      });
    }
    // neither line is one of accountability: the chain ends at the role it reaches
    if (relation === "recognizes-coordination-of" || relation === "advises")
      return Result.succeed([...links, linkTo(next, relation, line, note)]);
    if (visited.has(next.id)) {
      const loop = [...links.filter((link) => link.relation !== "through").map((link) => link.id), next.id];
      return Result.fail({
        path: `${at}.to`,
        expected: `a line that leads to ${framework.apex.name} without a cycle`,
        received: JSON.stringify(line.to),
        message: `the chain of accountability loops: ${loop.join(" → ")}`,
      });
    }
    visited.add(next.id);
    links.push(linkTo(next, relation, line, note));
    current = next;
  }
};
