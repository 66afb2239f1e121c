import { type Citation, type UnitId } from "@unsms/core";
import type { FundingSource } from "../post/FundingSource";

/**
 * An incumbency count for a unit (checked at the boundary by `FillCountSchema` of `@unsms/staffing/schema`).
 *
 * @example
 * ```ts
 * import type { FillCount } from "@unsms/staffing"
 * import type { UnitId } from "@unsms/core"
 *
 * const executiveOffice: FillCount = { unit: "EO" as UnitId, filled: 14 } // ¶40
 * console.log(executiveOffice.filled)
 * ```
 *
 * @category units
 * @since 0.1.0
 */
export interface FillCount {
  /** The unit; the count covers its posts and those of every unit under it. */
  readonly unit: UnitId;
  /** Only the posts with this funding, when given. */
  readonly funding?: FundingSource | undefined;
  /** How many of those posts are filled. */
  readonly filled: number;
  /** Where the figure comes from. */
  readonly citation?: Citation | undefined;
}
