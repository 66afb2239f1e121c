import * as Result from "effect/Result";
import { ceiling, multiplyRatios, roundRatio } from "@unsms/core";
import type { CoverageNeed } from "../coverage/officersNeeded";
import type { InvalidCoveragePolicy } from "../errors/InvalidCoveragePolicy";
import { checkOfficers, type CheckedPolicy } from "./checkPolicy";
import { whole } from "./parseRatio";
import { quantity } from "./quantity";

/**
 * What holding `posts` posts round the clock takes under a policy already checked, computed
 * and answered from the checked values only (the policy is not read again); the error at
 * `$.reliefFactor` when the officers needed pass 2^53 − 1. What `officersNeeded` and
 * `weeklyOvertime` share, so that the overtime and the need it reports come from one reading
 * of the policy.
 *
 * @internal
 */
export const coverageNeed = (
  checked: CheckedPolicy,
  posts: bigint,
): Result.Result<CoverageNeed, InvalidCoveragePolicy> => {
  const shiftsPerPost = 7n * checked.shiftsPerDay;
  const available = multiplyRatios(whole(checked.contractShifts), checked.availability);
  // available > 0 (at least one shift, relief below 1): its reciprocal is in lowest terms.
  const perPosition = multiplyRatios(whole(shiftsPerPost), {
    numerator: available.denominator,
    denominator: available.numerator,
  });
  return Result.map(
    checkOfficers(roundRatio(multiplyRatios(whole(posts), perPosition), 0, ceiling), checked.reliefFactor),
    (officers) => ({
      positions: Number(posts),
      shiftHours: checked.shiftHours,
      shiftsPerDay: Number(checked.shiftsPerDay),
      shiftsPerWeek: Number(posts * shiftsPerPost),
      contractShiftsPerOfficer: Number(checked.contractShifts),
      availableShiftsPerOfficer: quantity(available),
      officersPerPosition: quantity(perPosition),
      officersNeeded: officers,
    }),
  );
};
