/**
 * What {@link checkStandardItems} found: register items marked standard that the list does
 * not hold (`unlisted`), items the list holds that the register marks non-standard
 * (`unmarked`), items whose category differs from the list's (`miscategorized`) — each
 * sorted by code — and how many of the list's items the register holds at all.
 *
 * @example
 * ```ts
 * import type { StandardCheck } from "@unsms/equipment"
 *
 * const clean: StandardCheck = { list: "agency list", listed: 44, held: 40, unlisted: [], unmarked: [], miscategorized: [] }
 * console.log(clean.unlisted.length) // 0
 * ```
 *
 * @category standard list
 * @since 0.2.0
 */
export interface StandardCheck {
  /** The list's name. */
  readonly list: string;
  /** Items on the list. */
  readonly listed: number;
  /** Items on the list the register holds, in any quantity or state. */
  readonly held: number;
  /** Item codes marked standard in the register but not on the list. */
  readonly unlisted: ReadonlyArray<string>;
  /** Item codes on the list but marked non-standard in the register. */
  readonly unmarked: ReadonlyArray<string>;
  /** Item codes whose register category differs from the list's. */
  readonly miscategorized: ReadonlyArray<string>;
}
