/**
 * How a security service staffs a post held round the clock (checked at the boundary by `CoveragePolicySchema` of `@unsms/staffing/schema`).
 *
 * @example
 * ```ts
 * import type { CoveragePolicy } from "@unsms/staffing"
 *
 * const eightHourShifts: CoveragePolicy = { shiftHours: 8, weeklyContractHours: 40, reliefFactor: "1/5" }
 * console.log(eightHourShifts.shiftHours)
 * ```
 *
 * @category coverage
 * @since 0.1.0
 */
export interface CoveragePolicy {
  /** Hours of one shift; must divide 24. */
  readonly shiftHours: number;
  /** Hours an officer's contract provides a week. */
  readonly weeklyContractHours: number;
  /** Share of contract time an officer is away, `"a/b"` or a decimal, in [0, 1). */
  readonly reliefFactor: string;
}
