import type { AccessPass } from "@unsms/sdk";

/**
 * One row of the pass office workload (A/61/531 Table 2, ¶39) as table cells: its name,
 * the four counts as `count` writes them, then passes per visitor and per event rounded
 * as the report prints ratios (`-` where a ratio has no denominator). `unsms pass
 * workload` and `unsms report` print the table with it.
 *
 * @internal
 */
export const passWorkloadCells = (
  name: string,
  row: AccessPass.PassWorkload,
  ratios: AccessPass.PassWorkloadRatios | undefined,
  count: (value: number) => string,
): Array<string> => [
  name,
  count(row.specialEvents),
  count(row.vipVisits),
  count(row.visitors),
  count(row.passesIssued),
  ratios?.passesPerVisitor?.rounded ?? "-",
  ratios?.passesPerEvent?.rounded ?? "-",
];
