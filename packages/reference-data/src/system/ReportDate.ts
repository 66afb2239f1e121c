/**
 * A date as the report gives it: a year, and the month when it names one (the report
 * names no day). `month` is 1–12.
 *
 * @example
 * ```ts
 * import type { ReportDate } from "@unsms/reference-data"
 *
 * const directorTookOffice: ReportDate = { year: 2006, month: 3 } // ¶17: March 2006
 * console.log(directorTookOffice.month) // 3
 * ```
 *
 * @category dates
 * @since 0.2.0
 */
export interface ReportDate {
  /** The year. */
  readonly year: number;
  /** The month, 1–12, when the report names one. */
  readonly month?: number | undefined;
}

/**
 * A period as the report gives it, both ends included: a biennium (`2008–2009`), a span
 * of months (August 2005 to July 2006), or a length (`18 months`) when it gives only that.
 *
 * @example
 * ```ts
 * import type { ReportPeriod } from "@unsms/reference-data"
 *
 * const biennium: ReportPeriod = { from: { year: 2008 }, to: { year: 2009 } } // ¶51, ¶56(d)
 * console.log(biennium.to?.year) // 2009
 * ```
 *
 * @category dates
 * @since 0.2.0
 */
export interface ReportPeriod {
  /** The first year or month. */
  readonly from?: ReportDate | undefined;
  /** The last year or month. */
  readonly to?: ReportDate | undefined;
  /** The length in months, when the report gives a length. */
  readonly months?: number | undefined;
}
