import type { SingleIssueFields } from "@unsms/core";
import * as Data from "effect/Data";

/**
 * An argument of a presence function is not what its type says: not an array of presence
 * records, a record whose field is missing or not of its type (an id or a `source` that is
 * not text of 1 to 128 characters, an unknown category), an instant that is not a valid
 * `Date`, a record whose end is not after its start, or a counting rule or evacuation
 * policy that cannot be applied. Values decoded by `@unsms/presence/schema` never get it;
 * plain JavaScript callers may. Its `path` is, for
 * an instant or a station, the argument's name (`at`, `from`, `to`, `dutyStation`); for the
 * records, a counting rule or an evacuation policy, where the value sits in the presence
 * input document (`unsms schema presence`): `$.records[2].to`, `$.rule.categories[0]`,
 * `$.evacuation.groups[1].categories[0]` — the paths its decoding gives.
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
export class InvalidPresenceInput extends /* @__PURE__ */ Data.TaggedError("InvalidPresenceInput")<SingleIssueFields> {}
