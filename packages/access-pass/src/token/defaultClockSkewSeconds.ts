/**
 * The default clock-skew tolerance of a checkpoint: 300 seconds (5 minutes). An offline
 * checkpoint's clock drifts; a pass is accepted from `validFrom − 300 s` up to (not
 * including) `validUntil + 300 s`. Set `clockSkewSeconds` on the {@link @unsms/access-pass!node.Checkpoint | Checkpoint} to
 * change it (0 for none).
 *
 * @example
 * ```ts
 * import { defaultClockSkewSeconds } from "@unsms/access-pass"
 *
 * console.log(defaultClockSkewSeconds) // 300
 * ```
 *
 * @category tokens
 * @since 0.1.0
 */
export const defaultClockSkewSeconds = 300;
