/**
 * One row of {@link shareOfWomen}: the incumbents of a category or grade whose gender is
 * recorded, the women among them, and their share in per cent as the report rounds.
 *
 * @example
 * ```ts
 * import type { DiversityRow } from "@unsms/staffing"
 *
 * const row: DiversityRow = { key: "security-service", incumbents: 300, women: 45, share: "15" }
 * console.log(row.share)
 * ```
 *
 * @category diversity
 * @since 0.1.0
 */
export interface DiversityRow {
  /** The category or grade; `"total"` for all. */
  readonly key: string;
  /** Incumbents whose gender is recorded. */
  readonly incumbents: number;
  /** Women among them. */
  readonly women: number;
  /** Women in per cent of `incumbents`, half-up to the requested decimals. */
  readonly share: string;
}
