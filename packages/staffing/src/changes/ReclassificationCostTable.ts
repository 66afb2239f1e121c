import { type Citation } from "@unsms/core";
import type { Grade } from "../grade/Grade";

/**
 * A cost table for reclassifications (checked at the boundary by `ReclassificationCostTableSchema` of `@unsms/staffing/schema`).
 *
 * @example
 * ```ts
 * import type { ReclassificationCostTable } from "@unsms/staffing"
 *
 * const none: ReclassificationCostTable = { currency: "USD", entries: [] }
 * console.log(none.entries.length) // 0
 * ```
 *
 * @category changes
 * @since 0.1.0
 */
export interface ReclassificationCostTable {
  /** ISO 4217 code of every amount. */
  readonly currency: string;
  /** The priced changes of grade. */
  readonly entries: ReadonlyArray<{
    readonly from: Grade;
    readonly to: Grade;
    readonly lines: ReadonlyArray<{
      readonly section: string;
      readonly title: string;
      readonly kind: "expenditure" | "income";
      readonly amount: string;
    }>;
    readonly citation?: Citation | undefined;
  }>;
}
