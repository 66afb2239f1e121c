import { isListUpTo, type Issue } from "@unsms/core";

type Scale = "likelihood" | "impact" | "levels";

/**
 * The most names a scale, or cells a row, may hold (a documented limit: a matrix is at most
 * 7 × 7), and the most rows: what the structural check, and `assessRegister` where it reads
 * a matrix's scales, take before any name is read.
 *
 * @internal
 */
export const maxNames = 1_000_000;

const isStringList = (value: unknown): value is ReadonlyArray<string> =>
  isListUpTo(value, maxNames) && value.every((item) => typeof item === "string");

/** Issues for whatever is not a list of strings (or of lists of strings, for the cells). */
/**
 * The cheap structural check of a risk matrix (no schema): an object whose scales are real
 * arrays of at most 1 000 000 names and whose cells are an array of at most 1 000 000 such rows.
 * `validateRiskMatrix` runs it first; the functions that take a `ValidRiskMatrix` run it
 * too, so that a plain JavaScript caller's value is an error, not an exception or a hang.
 *
 * @internal
 */
export const matrixShapeIssues = (matrix: unknown): Array<Issue> => {
  if (typeof matrix !== "object" || matrix === null) {
    return [
      {
        path: "$",
        expected: "a risk matrix object",
        received: matrix === null ? "null" : typeof matrix,
        message: "$: a risk matrix is an object",
      },
    ];
  }
  const record = matrix as Partial<Record<Scale | "cells", unknown>>;
  const issues: Array<Issue> = [];
  for (const name of ["likelihood", "impact", "levels"] as const) {
    if (!isStringList(record[name]))
      issues.push({
        path: `$.${name}`,
        expected: "a list of names",
        received: describe(record[name]),
        message: `$.${name}: expected a list of names`,
      });
  }
  const cells = record.cells;
  if (!isListUpTo(cells, maxNames) || !cells.every(isStringList)) {
    issues.push({
      path: "$.cells",
      expected: "a list of rows of level names",
      received: describe(cells),
      message: "$.cells: expected a list of rows of level names",
    });
  }
  return issues;
};

const describe = (value: unknown): string =>
  Array.isArray(value)
    ? `a list of ${value.length} items, not all names (at most ${maxNames})`
    : value === null
      ? "null"
      : typeof value;
