/**
 * The largest clock-skew tolerance a checkpoint may set: 86 400 seconds (one day), our
 * choice, not the report's. A checkpoint whose clock may be off by more than a day needs its
 * clock set, not a wider window; a larger `clockSkewSeconds` (or a negative one, or one that
 * is not a number) makes every verification a `malformed` refusal at `checkpoint.clockSkewSeconds`.
 *
 * @example
 * ```ts
 * import { maxClockSkewSeconds } from "@unsms/access-pass"
 *
 * console.log(maxClockSkewSeconds / 3600) // 24
 * ```
 *
 * @category tokens
 * @since 0.2.0
 */
export const maxClockSkewSeconds = 86_400;
