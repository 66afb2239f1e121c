import * as Result from "effect/Result";
import type { InvalidFramework } from "../errors/InvalidFramework";
import type { UnknownRole } from "../errors/UnknownRole";
import { lookupRole } from "../internal/lookupRole";
import type { AccountabilityLine } from "./AccountabilityLine";
import type { Framework } from "./Framework";

/**
 * Whom a role (by id or letter) is accountable to: its lines of accountability, the
 * first being the line proper and the others secondary (technical lines, alternatives).
 * Fails as {@link getRole} does.
 *
 * @example
 * ```ts
 * import { accountableTo, annexIFramework } from "@unsms/accountability"
 * import * as Result from "effect/Result"
 *
 * const lines = Result.getOrThrow(accountableTo(annexIFramework, "chief-security-adviser"))
 * console.log(lines.map((line) => `${line.kind} ${line.to}`)) // ["reports designated-official", "technical usg-dss"]
 * ```
 *
 * @category queries
 * @since 0.1.0
 */
export const accountableTo = (
  framework: Framework,
  idOrLetter: string,
): Result.Result<ReadonlyArray<AccountabilityLine>, UnknownRole | InvalidFramework> =>
  Result.map(lookupRole(framework, idOrLetter), (role) => role.accountableTo);
