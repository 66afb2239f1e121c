/**
 * One figure of the report in the inventory ({@link reportFigures}): the value as the
 * report prints it (`"24"`, `"2008–2009"`, `"about 120"`), what it means, where it is
 * (`"¶50"`, `"Table 1"`, `"Annex I, ¶5"`), and its status: `typed` when a dataset of this
 * package holds it — `where` then names the dataset and field, as `dataset.path` — or
 * `narrative`, `where` then saying why it is not a typed value.
 *
 * @example
 * ```ts
 * import type { ReportFigure } from "@unsms/reference-data"
 *
 * const figure: ReportFigure = { value: "24", meaning: "earliest deployment, hours after notice", location: "¶50", status: "typed", where: "dssOperations.standbyDeploymentHours.value.from" }
 * console.log(figure.where.split(".")[0]) // "dssOperations"
 * ```
 *
 * @category inventory
 * @since 0.2.0
 */
export interface ReportFigure {
  /** The value as the report prints it. */
  readonly value: string;
  /** What it means. */
  readonly meaning: string;
  /** Where: `"¶50"`, `"Table 1"`, `"Annex II"`, `"Annex I, ¶3"`. */
  readonly location: string;
  /** `typed`: a dataset holds it; `narrative`: it is not a typed value. */
  readonly status: "typed" | "narrative";
  /** For `typed`, `dataset.field.path` in {@link referenceDatasets}; for `narrative`, why. */
  readonly where: string;
}
