/**
 * Where a figure or a rule comes from: the document (by default the report A/61/531 of
 * 2006) and the paragraph, table or annex within it. Later UN sources (the Field Security
 * Handbook, the Framework of Accountability, CEB decisions) are cited the same way with
 * their own symbol and year.
 *
 * @example
 * ```ts
 * import type { Citation } from "@unsms/core"
 *
 * const staff: Citation = { document: "A/61/531", location: "¶8" }
 * console.log(`${staff.document} ${staff.location}`)
 * ```
 *
 * @category citations
 * @since 0.1.0
 */
export interface Citation {
  /** The document's symbol or title, e.g. `"A/61/531"` or `"ST/SGB/259"`. */
  readonly document: string;
  /** Where in it: `"¶41"`, `"Table 1"`, `"Annex II"`, `"Annex I, ¶E"`. */
  readonly location: string;
  /** The year of the document, when it is not the report's (2006). */
  readonly year?: number;
  /** What the reader should know about how the figure was read, e.g. a garbled source. */
  readonly note?: string;
}
