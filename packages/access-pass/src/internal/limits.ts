/**
 * The documented size limits of access-pass's lists (our choice), the same for the schemas
 * and for the structural checks of the pure functions: a list's `length` is compared before
 * any loop, copy or spread, so a sparse array claiming 2^32 − 1 items costs nothing.
 *
 * @internal
 */
/** Most entries a pass register holds. */
export const MAX_REGISTER_ENTRIES = 1_000_000;
/** Most pass ids a revocation list carries (every pass of a full register). */
export const MAX_REVOKED_IDS = 1_000_000;
/** Most workload rows `totalPassWorkload` sums. */
export const MAX_WORKLOAD_ROWS = 100_000;
/** Most zones a category opens or a request or pass names. */
export const MAX_ZONES = 10_000;
/** Most requirements a category sets. */
export const MAX_REQUIREMENTS = 100;
/** Most identity documents a request lists. */
export const MAX_IDENTITY_DOCUMENTS = 20;
