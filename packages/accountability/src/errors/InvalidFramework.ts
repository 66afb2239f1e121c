import type { IssuesFields } from "@unsms/core";
import * as Data from "effect/Data";

/**
 * A framework of accountability is malformed. Lists the problems, each with its path in
 * the framework: a duplicate id or letter, a reference to a role that does not exist, a
 * role with no line of accountability, a cycle that never reaches the apex. At most 100
 * (core's `MAX_ISSUES`) are listed; `omitted` counts the rest (built by core's
 * `makeIssues`), and the message counts them all.
 *
 * @example
 * ```ts
 * import { annexIFramework, validateFramework } from "@unsms/accountability"
 * import * as Result from "effect/Result"
 *
 * const broken = { ...annexIFramework, roles: annexIFramework.roles.map((role) => ({ ...role, accountableTo: [] })) }
 * const result = validateFramework(broken)
 * if (Result.isFailure(result)) console.log(result.failure.issues.length) // 14
 * ```
 *
 * @category errors
 * @since 0.1.0
 */
export class InvalidFramework extends /* @__PURE__ */ Data.TaggedError("InvalidFramework")<IssuesFields> {}
