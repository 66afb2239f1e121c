/**
 * Why a checkpoint refuses a token, as a stable code:
 * `malformed` (not a well-formed token of a known version, or claims an algorithm other than
 * Ed25519), `unknown-key` (its key id is not among the trusted keys), `bad-signature`,
 * `revoked` (on the revocation list: revoked or suspended), `not-yet-valid`, `expired`,
 * `wrong-duty-station`, `wrong-zone`.
 *
 * @example
 * ```ts
 * import type { RefusalReason } from "@unsms/access-pass"
 *
 * const reason: RefusalReason = "expired"
 * console.log(reason)
 * ```
 *
 * @category tokens
 * @since 0.1.0
 */
export type RefusalReason =
  | "malformed"
  | "unknown-key"
  | "bad-signature"
  | "revoked"
  | "not-yet-valid"
  | "expired"
  | "wrong-duty-station"
  | "wrong-zone";
