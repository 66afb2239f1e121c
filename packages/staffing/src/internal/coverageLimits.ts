/**
 * The most posts a coverage computation holds round the clock: 1 000 000, the limit of
 * `CoverageRequestSchema`'s `positions`, which `officersNeeded`, `weeklyOvertime` and
 * `compareShiftLengths` enforce too.
 *
 * @internal
 */
export const maxPositions = 1_000_000;

/**
 * The most officers on a roster: 10 000 000, the limit of `CoverageRequestSchema`'s
 * `officers`, which `weeklyOvertime` and `compareShiftLengths` enforce too.
 *
 * @internal
 */
export const maxOfficers = 10_000_000;
