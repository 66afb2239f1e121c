import type { PassVerifyingKey } from "../keys/PassVerifyingKey";
import type { RevocationList } from "../revocation/RevocationList";

/**
 * What a checkpoint verifies tokens against: the pass offices' trusted public keys (all of
 * them during a key rotation), its current signed revocation list, where it stands (zone
 * and duty station) and its clock-skew tolerance.
 *
 * @example
 * ```ts
 * import { noRevocationList } from "@unsms/access-pass"
 * import type { Checkpoint } from "@unsms/access-pass/node"
 * import type { DutyStationId } from "@unsms/core"
 *
 * const gate: Checkpoint = { trustedKeys: [], revocations: noRevocationList(), zone: "grounds", dutyStation: "New York" as DutyStationId }
 * console.log(gate.zone)
 * ```
 *
 * @category tokens
 * @since 0.1.0
 */
export interface Checkpoint {
  /**
   * The trusted pass office keys, each id once (two keys with a token's id make it
   * `malformed`), at most 1000 (more make every verification `malformed`); a token signed
   * by any other key is `unknown-key`.
   */
  readonly trustedKeys: ReadonlyArray<PassVerifyingKey>;
  /** The current revocation list, opened with {@link openRevocationList}. */
  readonly revocations: RevocationList;
  /** The zone the checkpoint guards; omitted, the zone is not checked. */
  readonly zone?: string;
  /** The checkpoint's duty station; omitted, the station is not checked. */
  readonly dutyStation?: string;
  /**
   * The clock-skew tolerance in seconds, from 0 to {@link @unsms/access-pass!index.maxClockSkewSeconds | maxClockSkewSeconds}
   * (fractions floored); default {@link @unsms/access-pass!index.defaultClockSkewSeconds | defaultClockSkewSeconds}.
   * Any other value makes every verification a `malformed` refusal.
   */
  readonly clockSkewSeconds?: number;
}
