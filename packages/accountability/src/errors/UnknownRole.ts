import * as Data from "effect/Data";

/**
 * A role was asked for that the framework does not have (neither an id nor a letter of it).
 *
 * @example
 * ```ts
 * import { annexIFramework, getRole } from "@unsms/accountability"
 * import * as Result from "effect/Result"
 *
 * const result = getRole(annexIFramework, "sheriff")
 * if (Result.isFailure(result)) console.log(result.failure.expected)
 * ```
 *
 * @category errors
 * @since 0.1.0
 */
export class UnknownRole
  extends /* @__PURE__ */ Data.TaggedError("UnknownRole")<{
    readonly message: string;
    readonly path: string;
    readonly expected: string;
    readonly received: string;
  }> {}
