import type { IssuesFields } from "@unsms/core";
import * as Data from "effect/Data";

/**
 * A pass request does not meet its category's rules. `issues` lists every unmet
 * requirement and every other problem at once, each with its path in the request
 * (`$.photo`, `$.holder.dateOfBirth`), what was expected and what was found — at most
 * core's `MAX_ISSUES` (100) of them, `omitted` counting the rest (since 0.2.0: core's
 * `IssuesFields`, built with `makeIssues`).
 *
 * @example
 * ```ts
 * import { PassRequestRefused } from "@unsms/access-pass"
 * import { makeIssue, makeIssues } from "@unsms/core"
 *
 * const refused = new PassRequestRefused(makeIssues("the pass request", [makeIssue("$.photo", "a photo reference", "nothing")]))
 * console.log(refused._tag, refused.message) // "PassRequestRefused" "the pass request: 1 problem; first: $.photo: expected a photo reference, received nothing"
 * ```
 *
 * @category issuance
 * @since 0.1.0
 */
export class PassRequestRefused extends /* @__PURE__ */ Data.TaggedError("PassRequestRefused")<IssuesFields> {}
