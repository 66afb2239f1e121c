import type { DutyStationId } from "@unsms/core";
import type { PassWorkload } from "./PassWorkloadSchema";

/**
 * The sum of workload rows, as one row for `"all"` duty stations over the span of their
 * periods (earliest start, latest end). Table 2 prints no total; for January–June 2006 the
 * eight duty stations add up to 2 046 special events, 373 VIP visits, 913 546 visitors and
 * 132 121 UN passes. An empty list sums to zeros over an empty period (`from` = `to` = "").
 *
 * @example
 * ```ts
 * import { totalPassWorkload, type PassWorkload } from "@unsms/access-pass"
 *
 * const rows = [
 *   { dutyStation: "Nairobi", period: { from: "2006-01-01", to: "2006-06-30" }, specialEvents: 191, vipVisits: 10, visitors: 23844, passesIssued: 5932 },
 *   { dutyStation: "ECA", period: { from: "2006-01-01", to: "2006-06-30" }, specialEvents: 145, vipVisits: 9, visitors: 20746, passesIssued: 4695 },
 * ] as ReadonlyArray<PassWorkload>
 * console.log(totalPassWorkload(rows).passesIssued) // 10627
 * ```
 *
 * @category statistics
 * @since 0.1.0
 */
export const totalPassWorkload = (rows: ReadonlyArray<PassWorkload>): PassWorkload => ({
  dutyStation: "all" as DutyStationId,
  period: {
    from: rows.reduce((min, r) => (min === "" || r.period.from < min ? r.period.from : min), ""),
    to: rows.reduce((max, r) => (r.period.to > max ? r.period.to : max), ""),
  },
  specialEvents: rows.reduce((sum, r) => sum + r.specialEvents, 0),
  vipVisits: rows.reduce((sum, r) => sum + r.vipVisits, 0),
  visitors: rows.reduce((sum, r) => sum + r.visitors, 0),
  passesIssued: rows.reduce((sum, r) => sum + r.passesIssued, 0),
});
