import * as Result from "effect/Result";
import type { CoveragePolicy } from "../coverage/CoveragePolicy";
import { InvalidCoveragePolicy } from "../errors/InvalidCoveragePolicy";
import { MAX_COVERAGE_OFFICERS } from "../coverage/MAX_COVERAGE_OFFICERS";
import { MAX_COVERAGE_POSITIONS } from "../coverage/MAX_COVERAGE_POSITIONS";
import { subtractRatios, type Ratio } from "@unsms/core";
import { parseRatio, whole } from "./parseRatio";
import { isShiftLength, shiftLengthExpected } from "./shiftLength";

/**
 * A coverage policy, checked, with its derived exact quantities: the values each field
 * answered when it was read, once. What a function computes and answers comes from here,
 * never from the policy again, whose getters might answer otherwise on a second read.
 *
 * @internal
 */
export interface CheckedPolicy {
  /** The shift length L, as read. */
  readonly shiftHours: number;
  /** The relief factor, as read (for the error when it needs too many officers). */
  readonly reliefFactor: string;
  readonly shiftsPerDay: bigint;
  /** Whole shifts an officer works a week within the contract. */
  readonly contractShifts: bigint;
  /** 1 - relief factor. */
  readonly availability: Ratio;
}

const invalid = (path: string, expected: string, received: string) =>
  Result.fail(
    new InvalidCoveragePolicy({ message: `${path}: expected ${expected}, got ${received}`, path, expected, received }),
  );

/** A count from 0 to `max` (the schema's limit), as a bigint. */
const checkCount = (value: number, path: string, max: number): Result.Result<bigint, InvalidCoveragePolicy> =>
  Number.isSafeInteger(value) && value >= 0 && value <= max
    ? Result.succeed(BigInt(value))
    : invalid(path, `a whole number from 0 to ${max}`, String(value));

/**
 * The posts held round the clock, from 0 to {@link MAX_COVERAGE_POSITIONS}, as a bigint; else
 * the error at `$.positions`.
 *
 * @internal
 */
export const checkPositions = (positions: number): Result.Result<bigint, InvalidCoveragePolicy> =>
  checkCount(positions, "$.positions", MAX_COVERAGE_POSITIONS);

/**
 * The officers on the roster, from 0 to {@link MAX_COVERAGE_OFFICERS}, as a bigint; else the
 * error at `$.officers`.
 *
 * @internal
 */
export const checkRoster = (officers: number): Result.Result<bigint, InvalidCoveragePolicy> =>
  checkCount(officers, "$.officers", MAX_COVERAGE_OFFICERS);

/**
 * A whole number of officers as a `number`, or the error at `$.reliefFactor` when it is
 * above 2^53 − 1 (a relief factor so close to 1 that hardly any contract time is worked).
 *
 * @internal
 */
export const checkOfficers = (officers: bigint, reliefFactor: string): Result.Result<number, InvalidCoveragePolicy> =>
  officers <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Result.succeed(Number(officers))
    : invalid(
        "$.reliefFactor",
        `a relief factor that leaves the officers needed at most ${Number.MAX_SAFE_INTEGER}`,
        JSON.stringify(reliefFactor),
      );

/**
 * The error for a policy or count that throws when read (a revoked proxy, a throwing getter).
 *
 * @internal
 */
export const unreadablePolicy = (): Result.Result<never, InvalidCoveragePolicy> =>
  invalid("$", "a coverage policy { shiftHours, weeklyContractHours, reliefFactor }", "a value that throws when read");

/**
 * The policy checked, each field read once, or the error at the first field that is wrong.
 *
 * @internal
 */
export const checkPolicy = (policy: CoveragePolicy): Result.Result<CheckedPolicy, InvalidCoveragePolicy> => {
  if (typeof policy !== "object" || policy === null)
    return invalid("$", "a coverage policy { shiftHours, weeklyContractHours, reliefFactor }", String(policy));
  const { shiftHours, weeklyContractHours, reliefFactor } = policy;
  if (!isShiftLength(shiftHours)) return invalid("$.shiftHours", shiftLengthExpected, String(shiftHours));
  if (!Number.isSafeInteger(weeklyContractHours) || weeklyContractHours < shiftHours || weeklyContractHours > 168)
    return invalid(
      "$.weeklyContractHours",
      `a whole number of hours from the shift length (${shiftHours}) to 168`,
      String(weeklyContractHours),
    );
  const relief = typeof reliefFactor === "string" ? parseRatio(reliefFactor) : undefined;
  if (relief === undefined || relief.numerator >= relief.denominator)
    return invalid(
      "$.reliefFactor",
      'a fraction "a/b" or a decimal, at least 0 and below 1',
      JSON.stringify(reliefFactor),
    );
  return Result.succeed({
    shiftHours,
    reliefFactor,
    shiftsPerDay: BigInt(24 / shiftHours),
    contractShifts: BigInt(Math.floor(weeklyContractHours / shiftHours)),
    availability: subtractRatios(whole(1n), relief),
  });
};
