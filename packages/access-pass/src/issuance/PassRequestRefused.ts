import type { Issue } from "@unsms/core";
import * as Data from "effect/Data";

/**
 * A pass request does not meet its category's rules. `issues` lists every unmet
 * requirement and every other problem at once, each with its path in the request
 * (`$.photo`, `$.holder.dateOfBirth`), what was expected and what was found.
 *
 * @example
 * ```ts
 * import { PassRequestRefused } from "@unsms/access-pass"
 *
 * const refused = new PassRequestRefused({ message: "1 unmet requirement", issues: [] })
 * console.log(refused._tag) // "PassRequestRefused"
 * ```
 *
 * @category issuance
 * @since 0.1.0
 */
export class PassRequestRefused extends Data.TaggedError("PassRequestRefused")<{
  readonly message: string;
  readonly issues: ReadonlyArray<Issue>;
}> {}
