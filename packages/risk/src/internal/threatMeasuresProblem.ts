import { describeValue, makeIssue, type Issue } from "@unsms/core";

/** The most measure ids the threats of one register may list together (a documented limit, our choice). */
const maxThreatMeasures = 1_000_000;

/**
 * The issue for the first threat whose `measures` is not a real array, or whose list takes
 * the register's threats past {@link maxThreatMeasures} measure ids together (a sparse array
 * claiming 2^32 − 1 ids), or `undefined`. Reads each list's `length` only, never its items:
 * the cheap structural check `assessRegister` runs before it reads a threat's measures.
 * `threats` is a list `listProblem` has accepted.
 *
 * @internal
 */
export const threatMeasuresProblem = (threats: ReadonlyArray<{ readonly measures: unknown }>): Issue | undefined => {
  let total = 0;
  for (let index = 0; index < threats.length; index++) {
    const measures = threats[index]?.measures;
    total += Array.isArray(measures) ? measures.length : Number.NaN;
    if (!(total <= maxThreatMeasures))
      return makeIssue(
        `$.threats[${index}].measures`,
        `an array of measure ids, at most ${maxThreatMeasures} across the threats`,
        describeValue(measures),
      );
  }
  return undefined;
};
