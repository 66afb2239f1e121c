import type { SingleIssueFields } from "@unsms/core";
import * as Data from "effect/Data";

/**
 * {@link mayAppoint} was asked about a role that no appointment rule names — a misspelt
 * role, or one the agency's rules leave out. The check fails closed: a role it cannot judge
 * grants nobody. `path` is `role` (the argument; in `unsms training check`, `$.role`),
 * `expected` lists the roles the rules name and `knownRoles` holds them all.
 *
 * @example
 * ```ts
 * import { mayAppoint } from "@unsms/training"
 * import * as Result from "effect/Result"
 *
 * const decision = mayAppoint("chief-security-advisor", { person: "lea", completed: [] }, new Date("2006-07-01T00:00:00Z"))
 * if (Result.isFailure(decision)) console.log(decision.failure._tag, decision.failure.knownRoles) // "UnknownRole" ["chief-security-adviser", "security-adviser"]
 * ```
 *
 * @category errors
 * @since 0.2.0
 */
export class UnknownRole
  extends /* @__PURE__ */ Data.TaggedError("UnknownRole")<
    SingleIssueFields & {
      /** Every role the rules applied name, in their order. */
      readonly knownRoles: ReadonlyArray<string>;
    }
  > {}
