import { addIssue, describeValue, makeIssueList, makeIssues, readOrElse, type IssueList } from "@unsms/core";
import * as Result from "effect/Result";
import { InvalidFramework } from "../errors/InvalidFramework";
import { checkFramework, unreadableFramework } from "../internal/checkFramework";
import { findCycles } from "../internal/findCycles";
import { primaryLine } from "../internal/primaryLine";
import type { Framework } from "./Framework";
import type { Role } from "./Role";

/** A reference to `${at}.${list}[${index}]${tail}` that must be in `known`: its path written only for a problem kept. */
const reference = (
  problems: IssueList,
  known: ReadonlySet<string>,
  value: string,
  at: string,
  list: string,
  index: number,
  tail: string,
  what: string,
): void => {
  if (known.has(value)) return;
  addIssue(problems, () => {
    const path = `${at}.${list}[${index}]${tail}`;
    return {
      path,
      expected: `the id of ${what}`,
      received: describeValue(value),
      message: `${path}: ${describeValue(value)} is not ${what}`,
    };
  });
};

const duplicates = (problems: IssueList, roles: ReadonlyArray<Role>, field: "id" | "letter"): void => {
  const first = new Map<string, number>();
  for (let index = 0; index < roles.length; index += 1) {
    const value = roles[index]![field];
    const earlier = first.get(value);
    if (earlier === undefined) first.set(value, index);
    else
      addIssue(problems, () => ({
        path: `$.roles[${index}].${field}`,
        expected: `a ${field} no other role has`,
        received: describeValue(value),
        message: `$.roles[${index}].${field}: ${describeValue(value)} is already the ${field} of $.roles[${earlier}]`,
      }));
  }
};

/**
 * Checks that a framework of accountability is well formed and finds every problem:
 * duplicate ids or letters, the apex sharing an id with a role, a role with no line of
 * accountability (a line a chain can follow: `accountable`, `reports`, `advises` or
 * `recognizes-coordination`), a reference (`to`, `through`, `by`, `afterConsulting`) to a
 * role that does not exist, and each cycle of the lines chains follow — for any kind of
 * organization — that never reaches the apex. Every problem is counted (the message's
 * count), the first 100 (core's `MAX_ISSUES`) are listed in `issues` and `omitted` counts
 * the rest, so the error stays small however broken the framework. A well-formed framework
 * is returned as it is. Linear in the size of the framework (20 000 roles are checked in
 * milliseconds). A
 * value that is not a framework at all (not an object, roles not an array of at most
 * 100 000, a revoked proxy) is an {@link InvalidFramework} too, never an exception.
 *
 * @example
 * ```ts
 * import { annexIFramework, validateFramework } from "@unsms/accountability"
 * import * as Result from "effect/Result"
 *
 * console.log(Result.isSuccess(validateFramework(annexIFramework))) // true
 *
 * const [a, b, ...rest] = annexIFramework.roles
 * const looping = { ...annexIFramework, roles: [{ ...a!, accountableTo: [{ ...a!.accountableTo[0]!, to: "usg-dss" }] }, b!, ...rest] }
 * const result = validateFramework(looping)
 * if (Result.isFailure(result)) console.log(result.failure.issues.map((issue) => issue.message))
 * // ["the chain of accountability loops: secretary-general → usg-dss → secretary-general"]
 * ```
 *
 * @category framework
 * @since 0.1.0
 */
export const validateFramework = (framework: Framework): Result.Result<Framework, InvalidFramework> =>
  readOrElse(
    () => {
      const unreadable = checkFramework(framework);
      return unreadable === undefined ? listIssueList(framework) : Result.fail(unreadable);
    },
    () => Result.fail(unreadableFramework()),
  );

const listIssueList = (framework: Framework): Result.Result<Framework, InvalidFramework> => {
  const roles = framework.roles;
  const roleIds = new Set<string>();
  for (const role of roles) roleIds.add(role.id);
  const targets = new Set(roleIds).add(framework.apex.id);
  const problems = makeIssueList();
  if (roleIds.has(framework.apex.id))
    addIssue(problems, () => ({
      path: "$.apex.id",
      expected: "an id no role has",
      received: JSON.stringify(framework.apex.id),
      message: `$.apex.id: ${JSON.stringify(framework.apex.id)} is also the id of a role`,
    }));
  duplicates(problems, roles, "id");
  duplicates(problems, roles, "letter");
  const toRole = "a role of the framework or its apex";
  for (let index = 0; index < roles.length; index += 1) {
    const role = roles[index]!;
    const at = `$.roles[${index}]`;
    if (primaryLine(role, undefined) === undefined)
      addIssue(problems, () => ({
        path: `${at}.accountableTo`,
        expected: "at least one line of accountability (accountable, reports, advises or recognizes-coordination)",
        received: JSON.stringify(role.accountableTo.map((line) => line.kind)),
        message: `${at}.accountableTo: role ${role.id} has no line of accountability`,
      }));
    role.accountableTo.forEach((line, lineIndex) => {
      reference(problems, targets, line.to, at, "accountableTo", lineIndex, ".to", toRole);
      if (line.through !== undefined)
        reference(
          problems,
          roleIds,
          line.through,
          at,
          "accountableTo",
          lineIndex,
          ".through",
          "a role of the framework",
        );
    });
    role.appointment.by.forEach((by, byIndex) =>
      reference(problems, targets, by, at, "appointment.by", byIndex, "", toRole),
    );
    role.appointment.afterConsulting.forEach((consulted, consultedIndex) =>
      reference(problems, targets, consulted, at, "appointment.afterConsulting", consultedIndex, "", toRole),
    );
  }
  // Cycles: each reported once, from the first role (in the framework's order) on it.
  for (const cycle of findCycles(framework))
    addIssue(problems, () => {
      const first = cycle.roles[0]!;
      const ids = cycle.roles.map((index) => roles[index]!.id);
      return {
        path: `$.roles[${first}].accountableTo[${cycle.line}].to`,
        expected: `a line that leads to ${framework.apex.name} without a cycle`,
        received: JSON.stringify(roles[first]!.accountableTo[cycle.line]?.to ?? ""),
        message: `the chain of accountability loops: ${[...ids, ids[0]].join(" → ")}`,
      };
    });
  if (problems.found === 0) return Result.succeed(framework);
  return Result.fail(new InvalidFramework(makeIssues("the framework is malformed", problems.issues, problems.found)));
};
