/**
 * The source a presence record carries when none is given: the integrated security
 * tracking system recommended after the Canal Hotel attack, which tells which staff are at a
 * duty station, in use in 2006 in three countries with many UN system personnel — Colombia,
 * the Philippines and Egypt — and to be extended (A/61/531 ¶25).
 *
 * @example
 * ```ts
 * import { trackingSystemSource } from "@unsms/presence"
 *
 * console.log(trackingSystemSource) // "integrated-security-tracking-system"
 * ```
 *
 * @category records
 * @since 0.2.0
 */
export const trackingSystemSource = "integrated-security-tracking-system";
