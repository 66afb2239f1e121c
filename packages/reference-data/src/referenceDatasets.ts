import { passWorkload2006 } from "./accessPass/passWorkload2006";
import { dssStaffingTable } from "./staffing/dssStaffingTable";
import { staffingDatasets } from "./internal/staffingDatasets";
import { dssAtAGlance } from "./system/dssAtAGlance";
import { dssOperations } from "./system/dssOperations";
import { reportTimeline } from "./system/reportTimeline";

/**
 * Every dataset of the package by name, as `unsms reference` prints them and as the
 * `where` of a typed {@link ReportFigure} names them (`dssAtAGlance.staff.value`).
 *
 * @example
 * ```ts
 * import { referenceDatasets } from "@unsms/reference-data"
 *
 * console.log(Object.keys(referenceDatasets).length) // 11
 * console.log(referenceDatasets.dssOperations.rosterCountries.value) // 150
 * ```
 *
 * @category inventory
 * @since 0.2.0
 */
export const referenceDatasets = /* @__PURE__ */ (() =>
  // a call marked pure: a bundler cannot tell that spreading `staffingDatasets` runs no
  // getter, and would otherwise keep every dataset in an app that imports one of them
  ({
    dssAtAGlance,
    dssOperations,
    reportTimeline,
    dssStaffingTable,
    ...staffingDatasets,
    passWorkload2006,
  }) as const)();
