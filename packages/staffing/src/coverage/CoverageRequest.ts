/**
 * The input of `unsms staffing coverage` (checked at the boundary by `CoverageRequestSchema` of
 * `@unsms/staffing/schema`, which decodes it field for field: a type test ties the two).
 *
 * @example
 * ```ts
 * import type { CoverageRequest } from "@unsms/staffing"
 *
 * const request: CoverageRequest = { weeklyContractHours: 40, reliefFactor: "0.2", positions: 1 }
 * console.log(request.positions)
 * ```
 *
 * @category coverage
 * @since 0.1.0
 */
export interface CoverageRequest {
  /** What is covered, in words. */
  readonly description?: string | undefined;
  /** Hours an officer's contract provides a week, 1 to 168. */
  readonly weeklyContractHours: number;
  /** Share of contract time an officer is away, `"a/b"` or a decimal, in [0, 1). */
  readonly reliefFactor: string;
  /** The posts held round the clock. */
  readonly positions: number;
  /** The officers on the roster (default: none, to see the need alone). */
  readonly officers?: number | undefined;
  /** The shift lengths to compare, each a divisor of 24 (default: 12 and 8 hours, ¶38). */
  readonly shiftLengths?: ReadonlyArray<number> | undefined;
}
