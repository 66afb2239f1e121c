import type { Citation } from "@unsms/core";
import type { MossMeasure } from "./MossMeasure";

/**
 * A set of minimum operating security standards — a country's MOSS, agreed by the
 * Designated Official with the Security Management Team, or the Headquarters MOSS — as
 * data, with its edition and source.
 *
 * @example
 * ```ts
 * import { DEFAULT_MOSS, type MossStandards } from "@unsms/risk"
 *
 * const countryX: MossStandards = { ...DEFAULT_MOSS, name: "MOSS", edition: "Country X, 2006", measures: DEFAULT_MOSS.measures.slice(0, 5) }
 * console.log(countryX.measures.length)
 * ```
 *
 * @category compliance
 * @since 0.1.0
 */
export interface MossStandards {
  /** `"MOSS"`, `"H-MOSS"` or an agency's own name. */
  readonly name: string;
  /** Which edition. */
  readonly edition: string;
  /** Where it comes from. */
  readonly source: Citation;
  /** The measures, in the standard's order. */
  readonly measures: ReadonlyArray<MossMeasure>;
}
