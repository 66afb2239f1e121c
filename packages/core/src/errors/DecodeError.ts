import * as Data from "effect/Data";
import type { IssuesFields } from "./IssuesFields";

/**
 * An input did not match its schema. Lists every problem, each with its path, what was
 * expected and what was received — never only the first.
 *
 * @example
 * ```ts
 * import { decode, OrganizationIdSchema } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * const result = decode(OrganizationIdSchema, 42)
 * if (Result.isFailure(result)) console.log(result.failure.issues[0]?.expected)
 * ```
 *
 * @category errors
 * @since 0.1.0
 */
export class DecodeError extends /* @__PURE__ */ Data.TaggedError("DecodeError")<IssuesFields> {}
