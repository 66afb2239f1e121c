import * as Effect from "effect/Effect";
import * as Layer from "effect/Layer";
import type { RevocationList } from "../revocation/RevocationList";
import { PassRevocations } from "./PassRevocations";

/**
 * The {@link PassRevocations} of one fixed, already opened revocation list.
 *
 * @example
 * ```ts
 * import { noRevocationList } from "@unsms/access-pass"
 * import { PassRevocations, staticPassRevocations } from "@unsms/access-pass/services"
 * import * as Effect from "effect/Effect"
 *
 * const size = PassRevocations.use((source) => Effect.map(source.current, (list) => list.revoked.size))
 * console.log(Effect.runSync(Effect.provide(size, staticPassRevocations(noRevocationList())))) // 0
 * ```
 *
 * @category services
 * @since 0.1.0
 */
export const staticPassRevocations = (list: RevocationList): Layer.Layer<PassRevocations> =>
  Layer.succeed(PassRevocations, { current: Effect.succeed(list) });
