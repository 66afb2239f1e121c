import type { Issue } from "@unsms/core";
import type { MitigationMeasure } from "../assessment/MitigationMeasure";

/**
 * The first reduction of a measure that is not a whole number of levels of 0 or more,
 * as an issue at `path` (the measure's), or undefined when both are fine.
 *
 * @internal
 */
export const reductionIssue = (measure: MitigationMeasure, path: string): Issue | undefined => {
  for (const axis of ["likelihood", "impact"] as const) {
    const steps = measure.reduces[axis];
    if (!Number.isSafeInteger(steps) || steps < 0) {
      return {
        path: `${path}.reduces.${axis}`,
        expected: "a whole number of levels, 0 or more",
        received: String(steps),
        message: `measure ${JSON.stringify(measure.id)} would change the ${axis} by ${String(steps)} levels: a measure lowers a risk by whole levels or leaves it`,
      };
    }
  }
  return undefined;
};
