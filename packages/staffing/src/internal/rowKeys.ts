import * as Order from "effect/Order";
import { categories } from "../grade/Category";
import { categoryOf } from "../grade/categoryOf";
import { grades } from "../grade/Grade";
import { fundingSources } from "../post/FundingSource";
import { postStatuses } from "../post/PostStatus";
import type { SummaryDimension } from "../summary/SummaryDimension";
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

const fixedOrder = (by: Exclude<SummaryDimension, "unit" | "station">): ReadonlyArray<string> => {
  switch (by) {
    case "grade":
      return grades;
    case "category":
      return categories;
    case "funding":
      return fundingSources;
    case "status":
      return postStatuses;
  }
};

/**
 * The keys present, in the dimension's order: grades highest first, categories, funding
 * and status in their fixed order, stations by id (code units, effect's `Order.String`);
 * "unspecified" last.
 *
 * @internal
 */
export const orderKeys = (present: ReadonlySet<string>, by: Exclude<SummaryDimension, "unit">): Array<string> => {
  const known =
    by === "station"
      ? [...present].filter((key) => key !== "unspecified").sort(Order.String)
      : fixedOrder(by).filter((key) => present.has(key));
  return present.has("unspecified") ? [...known, "unspecified"] : known;
};
