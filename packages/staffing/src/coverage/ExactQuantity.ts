/**
 * An exact rational result and its rounding for display: `exact` is a reduced fraction
 * (`"35/6"`, or `"6"` when whole), `approx` the same rounded half-up to 2 decimals
 * (`"5.83"`).
 *
 * @example
 * ```ts
 * import type { ExactQuantity } from "@unsms/staffing"
 *
 * const officersPerPost: ExactQuantity = { exact: "21/4", approx: "5.25" }
 * console.log(officersPerPost.exact)
 * ```
 *
 * @category coverage
 * @since 0.1.0
 */
export interface ExactQuantity {
  /** The exact value as a reduced fraction. */
  readonly exact: string;
  /** The value rounded half-up to 2 decimals. */
  readonly approx: string;
}
