import type { SingleIssueFields } from "@unsms/core";
import * as Data from "effect/Data";

/**
 * An argument of a presence function is not what its type says: not an array of presence
 * records, an instant that is not a valid `Date`, a record whose end is not after its
 * start, or a counting rule or evacuation policy that cannot be applied. Values decoded by
 * `@unsms/presence/schema` never get it; plain JavaScript callers may.
 *
 * @example
 * ```ts
 * import { takeCensus } from "@unsms/presence"
 * import * as Result from "effect/Result"
 *
 * const result = takeCensus([], new Date(Number.NaN))
 * if (Result.isFailure(result)) console.log(result.failure._tag, result.failure.path) // "InvalidPresenceInput" "at"
 * ```
 *
 * @category errors
 * @since 0.2.0
 */
export class InvalidPresenceInput extends Data.TaggedError("InvalidPresenceInput")<SingleIssueFields> {}
