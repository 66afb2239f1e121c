import type { Issue } from "@unsms/core";
import * as Result from "effect/Result";
import { InvalidRiskMatrix } from "../errors/InvalidRiskMatrix";
import { oneOf } from "../internal/oneOf";
import { summarizeIssues } from "@unsms/core";
import type { RiskMatrix } from "./RiskMatrix";

/** The smallest number of likelihood or impact levels a matrix may have. */
const minSize = 3;
/** The largest. */
const maxSize = 7;

const checkScale = (name: "likelihood" | "impact" | "levels", values: ReadonlyArray<string>, issues: Array<Issue>): void => {
  if (name === "levels") {
    if (values.length === 0) {
      issues.push({ path: "$.levels", expected: "at least one risk level", received: "an empty list", message: "$.levels: a matrix needs at least one risk level" });
    }
  } else if (values.length < minSize || values.length > maxSize) {
    issues.push({
      path: `$.${name}`,
      expected: `${minSize} to ${maxSize} ${name} levels`,
      received: `${values.length}`,
      message: `$.${name}: a matrix has ${minSize} to ${maxSize} ${name} levels, not ${values.length}`,
    });
  }
  values.forEach((value, index) => {
    const first = values.indexOf(value);
    if (first !== index) {
      issues.push({
        path: `$.${name}[${index}]`,
        expected: `a ${name === "levels" ? "risk level" : `${name} level`} not already listed`,
        received: JSON.stringify(value),
        message: `$.${name}[${index}]: ${JSON.stringify(value)} is already $.${name}[${first}]`,
      });
    }
    if (value.trim() === "") {
      issues.push({ path: `$.${name}[${index}]`, expected: "a non-blank name", received: JSON.stringify(value), message: `$.${name}[${index}]: a level needs a name` });
    }
  });
};

/**
 * Checks that a risk matrix is usable and returns it unchanged, or an
 * {@link InvalidRiskMatrix} listing **every** problem:
 *
 * - 3 to 7 likelihood levels and 3 to 7 impact levels, at least one risk level, no name twice;
 * - complete: one row per likelihood level, one cell per impact level in each row, each
 *   cell one of the risk levels;
 * - monotone: no cell is lower than the cell below it in likelihood (`cells[l-1][i]`) or
 *   to its left in impact (`cells[l][i-1]`) — a higher likelihood or impact may never give
 *   a lower level.
 *
 * @example
 * ```ts
 * import { validateRiskMatrix } from "@unsms/risk"
 * import * as Result from "effect/Result"
 *
 * const result = validateRiskMatrix({
 *   likelihood: ["Unlikely", "Possible", "Likely"],
 *   impact: ["Minor", "Moderate", "Severe"],
 *   levels: ["Low", "Medium", "High"],
 *   cells: [
 *     ["Low", "Medium", "Low"], // Severe lower than Moderate: not monotone
 *     ["Low", "Medium", "High"],
 *     ["Medium", "High"], // a cell is missing
 *   ],
 * })
 * if (Result.isFailure(result)) for (const issue of result.failure.issues) console.log(issue.message)
 * ```
 *
 * @category risk matrix
 * @since 0.1.0
 */
export const validateRiskMatrix = (matrix: RiskMatrix): Result.Result<RiskMatrix, InvalidRiskMatrix> => {
  const issues: Array<Issue> = [];
  checkScale("likelihood", matrix.likelihood, issues);
  checkScale("impact", matrix.impact, issues);
  checkScale("levels", matrix.levels, issues);
  const rows = matrix.likelihood.length;
  const columns = matrix.impact.length;
  if (matrix.cells.length !== rows) {
    issues.push({
      path: "$.cells",
      expected: `${rows} rows, one per likelihood level`,
      received: `${matrix.cells.length} rows`,
      message: `$.cells: the matrix has ${rows} likelihood levels but ${matrix.cells.length} rows`,
    });
  }
  // The rank of every known cell; undefined where the cell is missing or unknown.
  const ranks: Array<Array<number | undefined>> = [];
  matrix.cells.forEach((row, l) => {
    if (row.length !== columns) {
      issues.push({
        path: `$.cells[${l}]`,
        expected: `${columns} cells, one per impact level`,
        received: `${row.length} cells`,
        message: `$.cells[${l}]: the matrix has ${columns} impact levels but this row has ${row.length} cells`,
      });
    }
    ranks.push(
      row.map((cell, i) => {
        const rank = matrix.levels.indexOf(cell);
        if (rank < 0) {
          issues.push({
            path: `$.cells[${l}][${i}]`,
            expected: oneOf(matrix.levels),
            received: JSON.stringify(cell),
            message: `$.cells[${l}][${i}]: ${JSON.stringify(cell)} is not one of the matrix's risk levels`,
          });
          return undefined;
        }
        return rank;
      }),
    );
  });
  ranks.forEach((row, l) => {
    row.forEach((rank, i) => {
      if (rank === undefined) return;
      const below = l > 0 ? ranks[l - 1]?.[i] : undefined;
      const left = i > 0 ? row[i - 1] : undefined;
      const name = matrix.cells[l]?.[i] ?? "";
      for (const [neighbour, where, axis] of [
        [below, `$.cells[${l - 1}][${i}]`, "likelihood"],
        [left, `$.cells[${l}][${i - 1}]`, "impact"],
      ] as const) {
        if (neighbour !== undefined && rank < neighbour) {
          const floor = matrix.levels[neighbour] ?? "";
          issues.push({
            path: `$.cells[${l}][${i}]`,
            expected: `at least ${JSON.stringify(floor)} (the level at ${where}, a lower ${axis})`,
            received: JSON.stringify(name),
            message: `$.cells[${l}][${i}]: ${JSON.stringify(name)} is lower than ${JSON.stringify(floor)} at ${where}, although its ${axis} is higher`,
          });
        }
      }
    });
  });
  return issues.length === 0 ? Result.succeed(matrix) : Result.fail(new InvalidRiskMatrix({ message: summarizeIssues("the risk matrix is invalid", issues), issues }));
};
