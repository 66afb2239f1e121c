import * as Result from "effect/Result";
import { percentage, ReferenceData } from "@unsms/sdk";

/**
 * A unit's fill rate in per cent as the report prints it: rounded half-up to the decimals
 * of the report's own figure for that unit (`unitFillFigures`: the Field Support Service's
 * 16 of 30 is 53.3, ¶21), else to those of the recruitment table (¶41, whole per cent);
 * `"-"` for a unit without posts. The report's table of units and the org chart both
 * print it, so the two read as the report does.
 *
 * @internal
 */
export const reportFillRate = (unit: string, filled: number, posts: number): string => {
  const figure = ReferenceData.unitFillFigures.find((candidate) => candidate.unit === unit);
  const decimals = figure === undefined ? ReferenceData.recruitmentTable.decimals : figure.decimals;
  return Result.getOrElse(percentage(filled, posts, decimals), () => "-");
};
