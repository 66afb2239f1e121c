import * as Result from "effect/Result";
import { InvalidFramework } from "../errors/InvalidFramework";
import type { UnknownRole } from "../errors/UnknownRole";
import { findRole } from "../internal/findRole";
import { unknownRole } from "../internal/unknownRole";
import { walkChain } from "../internal/walkChain";
import type { ChainLink } from "./ChainLink";
import type { Framework } from "./Framework";

/**
 * The chain of accountability from a role (by id or letter) up to the framework's apex,
 * the Member States: the role itself, each role a line passes through, each role it is
 * accountable to, and the apex last. Chains follow each role's first line. It always
 * ends: a malformed framework (a cycle, a dangling reference, a role without a line)
 * gives an {@link InvalidFramework} naming the problem instead of looping.
 *
 * @example
 * ```ts
 * import { annexIFramework, chainOfAccountability } from "@unsms/accountability"
 * import * as Result from "effect/Result"
 *
 * const chain = Result.getOrThrow(chainOfAccountability(annexIFramework, "warden"))
 * console.log(chain.map((link) => link.letter ?? link.name).join(" → ")) // "M → E → B → A → Member States"
 * ```
 *
 * @category queries
 * @since 0.1.0
 */
export const chainOfAccountability = (
  framework: Framework,
  idOrLetter: string,
): Result.Result<ReadonlyArray<ChainLink>, UnknownRole | InvalidFramework> => {
  const role = findRole(framework, idOrLetter);
  if (role === undefined) return Result.fail(unknownRole(framework, idOrLetter, "$.role"));
  return Result.mapError(
    walkChain(framework, role),
    (issue) => new InvalidFramework({ message: `the chain of ${role.id} cannot be followed: ${issue.message}`, issues: [issue] }),
  );
};
