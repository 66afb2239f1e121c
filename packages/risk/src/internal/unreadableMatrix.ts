import { makeIssue, makeIssues, type Issue } from "@unsms/core";
import * as Result from "effect/Result";
import { InvalidRiskMatrix } from "../errors/InvalidRiskMatrix";
import { matrixShapeIssues } from "./matrixShapeIssues";

/**
 * The error for a risk matrix that throws when read (a revoked proxy, a throwing getter),
 * at `path` (`$`, or `$.matrix` inside another input).
 *
 * @internal
 */
export const unreadableMatrix = (path: string): InvalidRiskMatrix =>
  new InvalidRiskMatrix(
    makeIssues("the risk matrix cannot be read", [makeIssue(path, "a risk matrix", "a value that throws when read")]),
  );

/**
 * The failure for a value passed as a `ValidRiskMatrix` that is not even shaped like one
 * (its scales and cells not arrays of names), or `undefined`.
 *
 * @internal
 */
export const misshapenMatrix = (matrix: unknown): Result.Result<never, InvalidRiskMatrix> | undefined => {
  const issues: ReadonlyArray<Issue> = matrixShapeIssues(matrix);
  return issues.length === 0
    ? undefined
    : Result.fail(new InvalidRiskMatrix(makeIssues("the risk matrix cannot be read", issues)));
};
