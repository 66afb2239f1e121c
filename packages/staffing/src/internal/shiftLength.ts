/**
 * What a shift length must be: a whole number of hours that divides the day, so that a
 * post is held round the clock by whole shifts. The one rule `CoveragePolicySchema` (and
 * with it each of `CoverageRequestSchema`'s `shiftLengths`) and the coverage functions
 * (`officersNeeded`, `weeklyOvertime`, `compareShiftLengths`) apply.
 *
 * @internal
 */
export const isShiftLength = (value: unknown): value is number =>
  Number.isSafeInteger(value) && (value as number) >= 1 && 24 % (value as number) === 0;

/**
 * How an error says what {@link isShiftLength} expects.
 *
 * @internal
 */
export const shiftLengthExpected = "a divisor of 24 (1, 2, 3, 4, 6, 8, 12 or 24)";
