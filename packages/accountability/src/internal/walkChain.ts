import type { Issue } from "@unsms/core";
import * as Result from "effect/Result";
import type { ChainLink } from "../framework/ChainLink";
import type { Framework } from "../framework/Framework";
import type { Role } from "../framework/Role";

/**
 * Follows the first line of accountability from `start` up to the apex. Fails with the
 * issue that stops it: a role without a line, a dangling reference, or a cycle. Always
 * terminates: a role is never visited twice.
 *
 * @internal
 */
export const walkChain = (framework: Framework, start: Role): Result.Result<ReadonlyArray<ChainLink>, Issue> => {
  const indexOf = new Map(framework.roles.map((role, index) => [role.id, index] as const));
  const links: Array<ChainLink> = [
    { id: start.id, name: start.name, letter: start.letter, relation: "self", description: start.description, citation: start.citation },
  ];
  const visited = new Set<string>([start.id]);
  let current = start;
  for (;;) {
    const index = indexOf.get(current.id) ?? -1;
    const line = current.accountableTo[0];
    if (line === undefined) {
      return Result.fail({
        path: `$.roles[${index}].accountableTo`,
        expected: "at least one line of accountability",
        received: "[]",
        message: `role ${current.id} has no line of accountability`,
      });
    }
    if (line.through !== undefined) {
      const through = framework.roles.find((role) => role.id === line.through);
      if (through === undefined) {
        return Result.fail({
          path: `$.roles[${index}].accountableTo[0].through`,
          expected: "the id of a role of the framework",
          received: JSON.stringify(line.through),
          message: `role ${current.id} is accountable through ${line.through}, which is not a role of the framework`,
        });
      }
      links.push({ id: through.id, name: through.name, letter: through.letter, relation: "through", description: line.description, citation: line.citation });
    }
    if (line.to === framework.apex.id) {
      links.push({ id: framework.apex.id, name: framework.apex.name, relation: "accountable-to", description: line.description, citation: line.citation });
      return Result.succeed(links);
    }
    const next = framework.roles.find((role) => role.id === line.to);
    if (next === undefined) {
      return Result.fail({
        path: `$.roles[${index}].accountableTo[0].to`,
        expected: `the id of a role of the framework or ${JSON.stringify(framework.apex.id)}`,
        received: JSON.stringify(line.to),
        message: `role ${current.id} is accountable to ${line.to}, which is not a role of the framework`,
      });
    }
    if (visited.has(next.id)) {
      const loop = [...links.filter((link) => link.relation !== "through").map((link) => link.id), next.id];
      return Result.fail({
        path: `$.roles[${index}].accountableTo[0].to`,
        expected: `a line that leads to ${framework.apex.name} without a cycle`,
        received: JSON.stringify(line.to),
        message: `the chain of accountability loops: ${loop.join(" → ")}`,
      });
    }
    visited.add(next.id);
    links.push({ id: next.id, name: next.name, letter: next.letter, relation: "accountable-to", description: line.description, citation: line.citation });
    current = next;
  }
};
