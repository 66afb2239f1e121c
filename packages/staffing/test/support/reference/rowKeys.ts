import { categories } from "@unsms/staffing";
import { categoryOf } from "@unsms/staffing";
import { grades } from "@unsms/staffing";
import type { SummaryDimension } from "@unsms/staffing";
import type { Line } from "./Line";

/**
 * The key of a line in a summary by a dimension other than unit.
 *
 * @internal
 */
export const keyOf = (line: Line, by: Exclude<SummaryDimension, "unit">): string => {
  switch (by) {
    case "grade":
      return line.grade ?? "unspecified";
    case "category":
      return line.grade === undefined ? "unspecified" : categoryOf(line.grade);
    case "funding":
      return line.funding ?? "unspecified";
    case "status":
      return line.status ?? "unspecified";
    case "station":
      return line.dutyStation ?? "unspecified";
  }
};

const fixedOrder: Readonly<Record<Exclude<SummaryDimension, "unit" | "station">, ReadonlyArray<string>>> = {
  grade: grades,
  category: categories,
  funding: ["regular-budget", "extrabudgetary", "cost-shared"],
  status: ["established", "temporary"],
};

/**
 * The keys present, in the dimension's order: grades highest first, categories, funding
 * and status in their fixed order, stations by id; "unspecified" last.
 *
 * @internal
 */
export const orderKeys = (present: ReadonlySet<string>, by: Exclude<SummaryDimension, "unit">): Array<string> => {
  const known =
    by === "station"
      ? [...present].filter((key) => key !== "unspecified").sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      : fixedOrder[by].filter((key) => present.has(key));
  return present.has("unspecified") ? [...known, "unspecified"] : known;
};
