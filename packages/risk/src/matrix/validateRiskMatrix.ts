import { describeValue, readOrElse } from "@unsms/core";
import type { Issue } from "@unsms/core";
import * as Result from "effect/Result";
import { InvalidRiskMatrix } from "../errors/InvalidRiskMatrix";
import { indexOf } from "../internal/indexOf";
import { issueFailure } from "../internal/issueFailure";
import { matrixShapeIssues } from "../internal/matrixShapeIssues";
import { maxRiskLevels } from "../internal/maxRiskLevels";
import { unreadableMatrix } from "../internal/unreadableMatrix";
import { oneOf } from "../internal/oneOf";
import type { RiskMatrix } from "./RiskMatrix";
import type { ValidRiskMatrix } from "./ValidRiskMatrix";

/** The smallest number of likelihood or impact levels a matrix may have. */
const minSize = 3;
/** The largest. */
const maxSize = 7;

type Scale = "likelihood" | "impact" | "levels";

const checkScale = (name: Scale, values: ReadonlyArray<string>, issues: Array<Issue>): void => {
  if (name === "levels") {
    if (values.length === 0) {
      issues.push({
        path: "$.levels",
        expected: "at least one risk level",
        received: "an empty list",
        message: "$.levels: a matrix needs at least one risk level",
      });
    } else if (values.length > maxRiskLevels) {
      issues.push({
        path: "$.levels",
        expected: `at most ${maxRiskLevels} risk levels`,
        received: `${values.length}`,
        message: `$.levels: a matrix has at most ${maxRiskLevels} risk levels, not ${values.length}`,
      });
    }
  } else if (values.length < minSize || values.length > maxSize) {
    issues.push({
      path: `$.${name}`,
      expected: `${minSize} to ${maxSize} ${name} levels`,
      received: `${values.length}`,
      message: `$.${name}: a matrix has ${minSize} to ${maxSize} ${name} levels, not ${values.length}`,
    });
  }
  const first = indexOf(values);
  values.forEach((value, index) => {
    const at = first.get(value) ?? index;
    if (at !== index) {
      issues.push({
        path: `$.${name}[${index}]`,
        expected: `a ${name === "levels" ? "risk level" : `${name} level`} not already listed`,
        received: describeValue(value),
        message: `$.${name}[${index}]: ${describeValue(value)} is already $.${name}[${at}]`,
      });
    }
    if (value.trim() === "") {
      issues.push({
        path: `$.${name}[${index}]`,
        expected: "a non-blank name",
        received: describeValue(value),
        message: `$.${name}[${index}]: a level needs a name`,
      });
    }
  });
};

/**
 * Checks that a risk matrix is usable and returns it unchanged as a
 * {@link ValidRiskMatrix}, or an {@link InvalidRiskMatrix} with every problem (the first
 * 100 listed, the message counting them all; the risk levels a cell may take are named once,
 * in the message, not in each issue):
 *
 * - 3 to 7 likelihood levels and 3 to 7 impact levels, 1 to 1 000 risk levels (a 7 × 7
 *   matrix reaches at most 49; the cap bounds the work of every function that takes the
 *   matrix), no name twice;
 * - complete: one row per likelihood level, one cell per impact level in each row, each
 *   cell one of the risk levels;
 * - every list an array of strings (checked first, so that any value a JavaScript caller
 *   passes gives an error, never an exception);
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
 * if (Result.isFailure(result)) for (const issue of result.failure.issues) console.log(issue.path)
 * // "$.cells[2]"
 * ```
 *
 * It takes time proportional to the size of the matrix.
 *
 * @category risk matrix
 * @since 0.1.0
 */
export const validateRiskMatrix = (matrix: RiskMatrix): Result.Result<ValidRiskMatrix, InvalidRiskMatrix> =>
  readOrElse(
    () => validate(matrix),
    () => Result.fail(unreadableMatrix("$")),
  );

const validate = (matrix: RiskMatrix): Result.Result<ValidRiskMatrix, InvalidRiskMatrix> => {
  const shape = matrixShapeIssues(matrix);
  if (shape.length > 0) return Result.fail(new InvalidRiskMatrix(issueFailure("the risk matrix is invalid", shape)));
  const issues: Array<Issue> = [];
  const rankOf = indexOf(matrix.levels);
  let unknownLevel = false;
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
        const rank = rankOf.get(cell);
        if (rank === undefined) {
          unknownLevel = true;
          issues.push({
            path: `$.cells[${l}][${i}]`,
            expected: "one of the matrix's risk levels ($.levels)",
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
  if (issues.length === 0) return Result.succeed(matrix as ValidRiskMatrix);
  const notes = unknownLevel ? [`risk levels: ${oneOf(matrix.levels)}`] : [];
  return Result.fail(new InvalidRiskMatrix(issueFailure("the risk matrix is invalid", issues, notes)));
};
