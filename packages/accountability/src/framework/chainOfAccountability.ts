import { readOrElse } from "@unsms/core";
import * as Result from "effect/Result";
import { InvalidFramework } from "../errors/InvalidFramework";
import type { UnknownRole } from "../errors/UnknownRole";
import { unreadableFramework } from "../internal/checkFramework";
import { lookupRole } from "../internal/lookupRole";
import { walkChain } from "../internal/walkChain";
import type { ChainLink } from "./ChainLink";
import type { Framework } from "./Framework";
import type { OrganizationKind } from "./OrganizationKind";

/**
 * The chain of accountability from a role (by id or letter) up to the framework's apex,
 * the Member States: the role itself, each role a line passes through, each role it
 * answers to, and the apex last. Chains follow each role's primary line (see
 * {@link AccountabilityLine}); where the line depends on the kind of organization (the
 * executive heads', Annex I ¶5), `organizationKind` chooses it. For a specialized agency
 * or another participating organization the chain ends at the Secretary-General with the
 * relation `recognizes-coordination-of`: its executive head recognizes his or her
 * coordinating role and authority but is not accountable to him or her. Without a kind the
 * line of the funds and programmes is followed, and the link's `note` says so.
 *
 * It always ends: a malformed framework (a cycle, a dangling reference, a role without a
 * line) gives an {@link InvalidFramework} naming the problem instead of looping.
 *
 * @example
 * ```ts
 * import { annexIFramework, chainOfAccountability } from "@unsms/accountability"
 * import * as Result from "effect/Result"
 *
 * const chain = Result.getOrThrow(chainOfAccountability(annexIFramework, "warden"))
 * console.log(chain.map((link) => link.letter ?? link.name).join(" → ")) // "M → E → B → A → Member States"
 *
 * const agency = Result.getOrThrow(chainOfAccountability(annexIFramework, "N", { organizationKind: "specialized-agency" }))
 * console.log(agency.map((link) => `${link.relation} ${link.letter}`)) // ["self N", "accountable-to C", "recognizes-coordination-of A"]
 * ```
 *
 * @category queries
 * @since 0.1.0
 */
export const chainOfAccountability = (
  framework: Framework,
  idOrLetter: string,
  options: { readonly organizationKind?: OrganizationKind | undefined } = {},
): Result.Result<ReadonlyArray<ChainLink>, UnknownRole | InvalidFramework> =>
  readOrElse(
    () => Result.gen(() => chainFrom(framework, idOrLetter, options)),
    () => Result.fail(unreadableFramework()),
  );

/** The role looked up, then its chain walked to the apex: the steps of {@link chainOfAccountability}. */
function* chainFrom(
  framework: Framework,
  idOrLetter: string,
  options: { readonly organizationKind?: OrganizationKind | undefined },
) {
  const role = yield* lookupRole(framework, idOrLetter);
  const kind = typeof options === "object" && options !== null ? options.organizationKind : undefined;
  return yield* Result.mapError(
    walkChain(framework, role, kind),
    (issue) =>
      new InvalidFramework({
        message: `the chain of ${role.id} cannot be followed: ${issue.message}`,
        issues: [issue],
        omitted: 0,
      }),
  );
}
