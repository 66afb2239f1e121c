import { InvalidCoveragePolicy, type CoveragePolicy } from "@unsms/staffing";

/** The fields of a coverage policy: the paths of `@unsms/staffing`'s policy errors. */
const policyFields: ReadonlyArray<keyof CoveragePolicy> = ["shiftHours", "weeklyContractHours", "reliefFactor"];

/** Whether a staffing path is the policy (`$`) or one of its fields (`$.shiftHours`, and below it). */
const isPolicyPath = (path: string): boolean =>
  path === "$" ||
  policyFields.some(
    (field) => path === `$.${field}` || path.startsWith(`$.${field}.`) || path.startsWith(`$.${field}[`),
  );

/**
 * A coverage error of `@unsms/staffing` at its place in the crisis centre: a policy error
 * (paths from the policy, `$.shiftHours`) under the centre's policy, `$.policy.shiftHours`.
 * Any other path (`$.positions`, `$.officers`: `checkCentre` refuses first what would give
 * them) is left as it is, never put under the policy, where no such field is.
 *
 * @internal
 */
export const underPolicy = (error: InvalidCoveragePolicy): InvalidCoveragePolicy => {
  if (!isPolicyPath(error.path)) return error;
  const path = `$.policy${error.path.slice(1)}`;
  const { expected, received } = error;
  return new InvalidCoveragePolicy({
    message: `${path}: expected ${expected}, got ${received}`,
    path,
    expected,
    received,
  });
};
