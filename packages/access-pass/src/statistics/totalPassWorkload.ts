import { isListUpTo, readOrElse } from "@unsms/core";
import type { DutyStationId } from "@unsms/core";
import { MAX_WORKLOAD_ROWS } from "../internal/limits";
import type { PassWorkload } from "./PassWorkloadSchema";

/**
 * The sum of workload rows, as one row for `"all"` duty stations over the span of their
 * periods (earliest start, latest end). Table 2 prints no total; for January–June 2006 the
 * eight duty stations add up to 2 046 special events, 373 VIP visits, 913 546 visitors and
 * 132 121 UN passes. An empty list sums to zeros over an empty period (`from` = `to` = "").
 *
 * Total, never throws: from a plain JS caller, a value that is not an array sums as an empty
 * list, a row or count that cannot be read or is not a whole number ≥ 0 makes that total
 * `NaN`, and a period end that is not a text is left out. More than 100 000 rows (our limit,
 * checked on the list's `length` before any row is read) make every total `NaN` over an
 * empty period. A total above 2^53 − 1, which a
 * number cannot hold exactly, is `NaN` too, never a rounded figure.
 *
 * @example
 * ```ts
 * import { totalPassWorkload, type PassWorkload } from "@unsms/access-pass"
 *
 * const rows = [
 *   { dutyStation: "Nairobi", period: { from: "2006-01-01", to: "2006-06-30" }, specialEvents: 191, vipVisits: 10, visitors: 23844, passesIssued: 5932 },
 *   { dutyStation: "Addis Ababa", period: { from: "2006-01-01", to: "2006-06-30" }, specialEvents: 145, vipVisits: 9, visitors: 20746, passesIssued: 4695 },
 * ] as ReadonlyArray<PassWorkload>
 * console.log(totalPassWorkload(rows).passesIssued) // 10627
 * console.log(totalPassWorkload([{ ...rows[0]!, visitors: -1 }]).visitors) // NaN
 * console.log(totalPassWorkload([{ ...rows[0]!, visitors: 2 ** 53 - 1 }, rows[1]!]).visitors) // NaN
 * ```
 *
 * @category statistics
 * @since 0.1.0
 */
export const totalPassWorkload = (rows: ReadonlyArray<PassWorkload>): PassWorkload => {
  // the length first: more rows than the limit (a sparse array claiming 2^32 - 1) are not summed
  const list: ReadonlyArray<unknown> | undefined = readOrElse(
    (): ReadonlyArray<unknown> | undefined =>
      isListUpTo(rows, MAX_WORKLOAD_ROWS) ? rows : Array.isArray(rows) ? undefined : [],
    () => [],
  );
  if (list === undefined) {
    const unknown = Number.NaN;
    return {
      dutyStation: "all" as DutyStationId,
      period: { from: "", to: "" },
      specialEvents: unknown,
      vipVisits: unknown,
      visitors: unknown,
      passesIssued: unknown,
    };
  }
  const read = (row: unknown, key: "specialEvents" | "vipVisits" | "visitors" | "passesIssued"): number =>
    readOrElse(
      () => {
        const value = (row as PassWorkload)[key];
        return Number.isSafeInteger(value) && value >= 0 ? value : Number.NaN;
      },
      () => Number.NaN,
    );
  const period = (row: unknown, end: "from" | "to"): string | undefined =>
    readOrElse(
      () => {
        const value = (row as PassWorkload).period[end];
        return typeof value === "string" ? value : undefined;
      },
      () => undefined,
    );
  let from = "";
  let to = "";
  const total = { specialEvents: 0, vipVisits: 0, visitors: 0, passesIssued: 0 };
  const count = readOrElse(
    () => list.length,
    () => 0,
  );
  for (let i = 0; i < count; i++) {
    const row = readOrElse(
      () => list[i],
      () => undefined,
    );
    const start = period(row, "from");
    const end = period(row, "to");
    if (start !== undefined && (from === "" || start < from)) from = start;
    if (end !== undefined && end > to) to = end;
    for (const key of ["specialEvents", "vipVisits", "visitors", "passesIssued"] as const) total[key] += read(row, key);
  }
  for (const key of ["specialEvents", "vipVisits", "visitors", "passesIssued"] as const)
    if (!Number.isSafeInteger(total[key])) total[key] = Number.NaN;
  return { dutyStation: "all" as DutyStationId, period: { from, to }, ...total };
};
