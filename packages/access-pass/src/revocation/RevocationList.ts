/**
 * A revocation list a checkpoint trusts: made only by {@link @unsms/access-pass!node.openRevocationList | openRevocationList} (which
 * checks its Ed25519 signature against the trusted keys) or {@link noRevocationList}.
 * `revoked` holds the ids of every revoked or suspended pass that a checkpoint could still
 * admit: within its validity or two days after it (the widest clock-skew tolerance, and a
 * checkpoint clock behind by as much).
 *
 * @example
 * ```ts
 * import { noRevocationList, type RevocationList } from "@unsms/access-pass"
 *
 * const list: RevocationList = noRevocationList()
 * console.log(list.revoked.size) // 0
 * ```
 *
 * @category revocation
 * @since 0.1.0
 */
export interface RevocationList {
  /** Marks a list whose signature was checked. */
  readonly _tag: "RevocationList";
  /** When the pass office issued it (UTC, to the second). */
  readonly issuedAt: string;
  /** The id of the key that signed it (empty for {@link noRevocationList}). */
  readonly keyId: string;
  /** The ids of the revoked and suspended passes. */
  readonly revoked: ReadonlySet<string>;
}
