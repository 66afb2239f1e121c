import type { RevocationList } from "./RevocationList";

/**
 * An empty revocation list, for a checkpoint that has not received a signed one yet.
 * With it, verification cannot refuse a revoked pass: the guide's threat model explains why
 * a checkpoint should always hold a recent signed list.
 *
 * @example
 * ```ts
 * import { noRevocationList } from "@unsms/access-pass"
 *
 * console.log(noRevocationList().issuedAt) // "1970-01-01T00:00:00Z"
 * ```
 *
 * @category revocation
 * @since 0.1.0
 */
export const noRevocationList = (): RevocationList => ({
  _tag: "RevocationList",
  issuedAt: "1970-01-01T00:00:00Z",
  keyId: "",
  revoked: new Set(),
});
