import type { PassId } from "@unsms/core";

/**
 * The content of a revocation list before it is signed: when it is issued and the ids of
 * the passes a checkpoint must refuse.
 *
 * @example
 * ```ts
 * import type { RevocationEntries } from "@unsms/access-pass"
 * import type { PassId } from "@unsms/core"
 *
 * const entries: RevocationEntries = { issuedAt: "2006-06-30T12:00:00Z", passIds: ["NY-1" as PassId] }
 * console.log(entries.passIds.length)
 * ```
 *
 * @category revocation
 * @since 0.1.0
 */
export interface RevocationEntries {
  /** When the list is issued (UTC, to the second). */
  readonly issuedAt: string;
  /** The passes to refuse, sorted. */
  readonly passIds: ReadonlyArray<PassId>;
}
