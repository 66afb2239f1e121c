import * as Context from "effect/Context";
import type * as Effect from "effect/Effect";
import type { RevocationList } from "../revocation/RevocationList";

/**
 * The effect service giving a checkpoint its current revocation list (already opened and
 * checked with {@link @unsms/access-pass!node.openRevocationList | openRevocationList}). {@link staticPassRevocations} provides a fixed
 * one; an agency's layer can refresh it from its pass office.
 *
 * @example
 * ```ts
 * import { PassRevocations } from "@unsms/access-pass/services"
 * import * as Effect from "effect/Effect"
 *
 * const size = PassRevocations.use((source) => Effect.map(source.current, (list) => list.revoked.size))
 * console.log(Effect.isEffect(size)) // true
 * ```
 *
 * @category services
 * @since 0.1.0
 */
export class PassRevocations
  extends /* @__PURE__ */ Context.Service<
    PassRevocations,
    {
      /** The list in force now. */
      readonly current: Effect.Effect<RevocationList>;
    }
  >()("@unsms/access-pass/PassRevocations") {}
