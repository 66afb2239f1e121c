import { describeValue, readOrElse } from "@unsms/core";
import type { Issue } from "@unsms/core";
import * as Result from "effect/Result";
import { InvalidFramework } from "../errors/InvalidFramework";
import { checkFramework, unreadableFramework } from "../internal/checkFramework";
import { findCycles } from "../internal/findCycles";
import { primaryLine } from "../internal/primaryLine";
import type { Framework } from "./Framework";

const reference = (known: ReadonlySet<string>, value: string, path: string, what: string): ReadonlyArray<Issue> =>
  known.has(value)
    ? []
    : [
        {
          path,
          expected: `the id of ${what}`,
          received: describeValue(value),
          message: `${path}: ${describeValue(value)} is not ${what}`,
        },
      ];

const duplicates = (values: ReadonlyArray<string>, field: string): ReadonlyArray<Issue> => {
  const first = new Map<string, number>();
  const issues: Array<Issue> = [];
  values.forEach((value, index) => {
    const earlier = first.get(value);
    if (earlier === undefined) {
      first.set(value, index);
      return;
    }
    issues.push({
      path: `$.roles[${index}].${field}`,
      expected: `a ${field} no other role has`,
      received: describeValue(value),
      message: `$.roles[${index}].${field}: ${describeValue(value)} is already the ${field} of $.roles[${earlier}]`,
    });
  });
  return issues;
};

/**
 * Checks that a framework of accountability is well formed and lists every problem:
 * duplicate ids or letters, the apex sharing an id with a role, a role with no line of
 * accountability (a line a chain can follow: `accountable`, `reports`, `advises` or
 * `recognizes-coordination`), a reference (`to`, `through`, `by`, `afterConsulting`) to a
 * role that does not exist, and each cycle of the lines chains follow — for any kind of
 * organization — that never reaches the apex. A well-formed framework is returned as it
 * is. Linear in the size of the framework (20 000 roles are checked in milliseconds). A
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
      return unreadable === undefined ? listProblems(framework) : Result.fail(unreadable);
    },
    () => Result.fail(unreadableFramework()),
  );

const listProblems = (framework: Framework): Result.Result<Framework, InvalidFramework> => {
  const ids = framework.roles.map((role) => role.id);
  const roleIds = new Set(ids);
  const targets = new Set([...ids, framework.apex.id]);
  const issues: Array<Issue> = [
    ...(roleIds.has(framework.apex.id)
      ? [
          {
            path: "$.apex.id",
            expected: "an id no role has",
            received: JSON.stringify(framework.apex.id),
            message: `$.apex.id: ${JSON.stringify(framework.apex.id)} is also the id of a role`,
          },
        ]
      : []),
    ...duplicates(ids, "id"),
    ...duplicates(
      framework.roles.map((role) => role.letter),
      "letter",
    ),
  ];
  framework.roles.forEach((role, index) => {
    const at = `$.roles[${index}]`;
    if (primaryLine(role, undefined) === undefined) {
      issues.push({
        path: `${at}.accountableTo`,
        expected: "at least one line of accountability (accountable, reports, advises or recognizes-coordination)",
        received: JSON.stringify(role.accountableTo.map((line) => line.kind)),
        message: `${at}.accountableTo: role ${role.id} has no line of accountability`,
      });
    }
    role.accountableTo.forEach((line, lineIndex) => {
      issues.push(
        ...reference(targets, line.to, `${at}.accountableTo[${lineIndex}].to`, "a role of the framework or its apex"),
      );
      if (line.through !== undefined) {
        issues.push(
          ...reference(roleIds, line.through, `${at}.accountableTo[${lineIndex}].through`, "a role of the framework"),
        );
      }
    });
    role.appointment.by.forEach((by, byIndex) =>
      issues.push(...reference(targets, by, `${at}.appointment.by[${byIndex}]`, "a role of the framework or its apex")),
    );
    role.appointment.afterConsulting.forEach((consulted, consultedIndex) =>
      issues.push(
        ...reference(
          targets,
          consulted,
          `${at}.appointment.afterConsulting[${consultedIndex}]`,
          "a role of the framework or its apex",
        ),
      ),
    );
  });
  // Cycles: each reported once, from the first role (in the framework's order) on it.
  for (const cycle of findCycles(framework)) {
    const first = cycle.roles[0]!;
    const ids = cycle.roles.map((index) => framework.roles[index]!.id);
    issues.push({
      path: `$.roles[${first}].accountableTo[${cycle.line}].to`,
      expected: `a line that leads to ${framework.apex.name} without a cycle`,
      received: JSON.stringify(framework.roles[first]!.accountableTo[cycle.line]?.to ?? ""),
      message: `the chain of accountability loops: ${[...ids, ids[0]].join(" → ")}`,
    });
  }
  if (issues.length === 0) return Result.succeed(framework);
  const count = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
  return Result.fail(
    new InvalidFramework({
      message: `the framework is malformed: ${count}; first: ${issues[0]?.message ?? ""}`,
      issues,
    }),
  );
};
