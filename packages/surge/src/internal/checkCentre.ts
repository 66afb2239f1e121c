import { describeValue, listLengthUpTo, makeIssue } from "@unsms/core";
import * as Result from "effect/Result";
import { InvalidSurgeInput } from "../errors/InvalidSurgeInput";
import { MAX_COVERAGE_OFFICERS, type CoveragePolicy } from "@unsms/staffing";
import type { CrisisCentre } from "../crisis/CrisisCentre";
import { MAX_CONTRIBUTORS, MAX_CONTRIBUTOR_OFFICERS, MAX_POSITIONS } from "./limits";

const problem = (path: string, expected: string, received: unknown) =>
  Result.fail(new InvalidSurgeInput(makeIssue(path, expected, describeValue(received))));

/** A whole number from 0 to `max`. */
const isCount = (value: unknown, max: number): value is number =>
  typeof value === "number" && Number.isSafeInteger(value) && value >= 0 && value <= max;

/**
 * The structural checks that keep {@link crisisCentreStaffing} total for a plain JS caller:
 * what `CrisisCentreSchema` guarantees of the centre's own fields, its limits
 * (`internal/limits`) among them, the contributors' length checked before any of them.
 * The policy's fields are left to `@unsms/staffing`. Each field is read once (a getter could
 * answer differently the second time); gives the desks, the policy and the officers of all
 * the contributors, added up exactly (at most 1 000 × 1 000 000, a safe integer) and refused
 * at `$.contributors` above staffing's `MAX_COVERAGE_OFFICERS`, so that every error
 * `weeklyOvertime` can still give is the policy's.
 *
 * @internal
 */
export const checkCentre = (
  centre: CrisisCentre,
): Result.Result<
  { readonly positions: number; readonly policy: CoveragePolicy; readonly officers: number },
  InvalidSurgeInput
> => {
  if (typeof centre !== "object" || centre === null) return problem("$", "a crisis centre", centre);
  const { positions, policy } = centre;
  if (!isCount(positions, MAX_POSITIONS))
    return problem("$.positions", `a whole number from 0 to ${MAX_POSITIONS}`, positions);
  if (typeof policy !== "object" || policy === null) return problem("$.policy", "a coverage policy", policy);
  const contributors: unknown = centre.contributors;
  // the length checked, read once: reading a contributor (a getter adding more) walks no further
  const count = listLengthUpTo(contributors, MAX_CONTRIBUTORS);
  if (count < 0) return problem("$.contributors", `an array of at most ${MAX_CONTRIBUTORS} contributors`, contributors);
  let officers = 0;
  for (let index = 0; index < count; index += 1) {
    const contributor: unknown = (contributors as ReadonlyArray<unknown>)[index];
    if (typeof contributor !== "object" || contributor === null)
      return problem(`$.contributors[${index}]`, "a contributor { organization, officers }", contributor);
    const own = (contributor as { readonly officers?: unknown }).officers;
    if (!isCount(own, MAX_CONTRIBUTOR_OFFICERS))
      return problem(`$.contributors[${index}].officers`, `a whole number from 0 to ${MAX_CONTRIBUTOR_OFFICERS}`, own);
    officers += own;
  }
  // staffing counts at most this many officers: more is the contributors' problem, not the policy's
  if (officers > MAX_COVERAGE_OFFICERS)
    return problem(
      "$.contributors",
      `contributors whose officers add up to at most ${MAX_COVERAGE_OFFICERS}`,
      contributors,
    );
  return Result.succeed({ positions, policy, officers });
};
