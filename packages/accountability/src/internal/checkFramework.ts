import { isListUpTo, makeIssue, type Issue } from "@unsms/core";
import { InvalidFramework } from "../errors/InvalidFramework";
import type { Framework } from "../framework/Framework";
import { isRecord, limits } from "./limits";

const problem = (framework: unknown): Issue | undefined => {
  if (!isRecord(framework)) return makeIssue("$", "a framework of accountability", typeName(framework));
  const apex = framework["apex"];
  if (!isRecord(apex) || typeof apex["id"] !== "string") return makeIssue("$.apex.id", "a string", "something else");
  const roles = framework["roles"];
  if (!isListUpTo(roles, limits.roles))
    return makeIssue("$.roles", `an array of at most ${limits.roles} roles`, typeName(roles));
  for (let index = 0; index < roles.length; index += 1) {
    const role: unknown = roles[index];
    const at = `$.roles[${index}]`;
    if (!isRecord(role) || typeof role["id"] !== "string" || typeof role["letter"] !== "string")
      return makeIssue(at, "a role with a string id and letter", typeName(role));
    const appointment = role["appointment"];
    const lists: ReadonlyArray<readonly [string, unknown]> = [
      ["accountableTo", role["accountableTo"]],
      ["appointment.by", isRecord(appointment) ? appointment["by"] : undefined],
      ["appointment.afterConsulting", isRecord(appointment) ? appointment["afterConsulting"] : undefined],
    ];
    for (const [field, list] of lists)
      if (!isListUpTo(list, limits.perRole))
        return makeIssue(`${at}.${field}`, `an array of at most ${limits.perRole} items`, typeName(list));
    for (const [lineIndex, line] of (role["accountableTo"] as ReadonlyArray<unknown>).entries())
      if (!isRecord(line) || typeof line["kind"] !== "string" || typeof line["to"] !== "string")
        return makeIssue(`${at}.accountableTo[${lineIndex}]`, "a line with a string kind and to", typeName(line));
  }
  return undefined;
};

const typeName = (value: unknown): string =>
  value === null ? "null" : Array.isArray(value) ? `an array of ${value.length} items` : typeof value;

/**
 * The cheap structural check every framework query runs first (no schema): a record with
 * an apex and at most {@link limits} roles, each with its arrays real and bounded and its
 * lines readable. `undefined` when the framework can be walked; else the
 * {@link InvalidFramework} naming the first problem. Linear in the framework.
 *
 * @internal
 */
export const checkFramework = (framework: Framework): InvalidFramework | undefined => {
  const issue = problem(framework);
  return issue === undefined
    ? undefined
    : new InvalidFramework({ message: `the framework cannot be read: ${issue.message}`, issues: [issue], omitted: 0 });
};

/**
 * The error for a framework that throws when read (a revoked proxy, a throwing getter).
 *
 * @internal
 */
export const unreadableFramework = (): InvalidFramework => {
  const issue = makeIssue("$", "a framework of accountability", "a value that throws when read");
  return new InvalidFramework({
    message: `the framework cannot be read: ${issue.message}`,
    issues: [issue],
    omitted: 0,
  });
};
