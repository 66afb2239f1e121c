import type { CoveragePolicy } from "@unsms/staffing";

/**
 * The crisis coordination centre as a staffing question (A/61/531 ¶48, ¶50–51, ¶56 (d)):
 * the desks it holds round the clock, how its staff work (`@unsms/staffing`'s
 * `CoveragePolicy`), and the officers each contributing department, agency, fund or
 * programme puts on its roster (¶48: DSS, DPKO and others).
 *
 * @example
 * ```ts
 * import type { CrisisCentre } from "@unsms/surge"
 *
 * const centre: CrisisCentre = {
 *   positions: 2,
 *   policy: { shiftHours: 8, weeklyContractHours: 40, reliefFactor: "1/5" },
 *   contributors: [{ organization: "DSS", officers: 4 }, { organization: "DPKO", officers: 3 }],
 * }
 * console.log(centre.contributors.length) // 2
 * ```
 *
 * @category crisis centre
 * @since 0.2.0
 */
export interface CrisisCentre {
  /** Desks held 24 hours a day, 7 days a week (one officer each), at most 1 000 000. */
  readonly positions: number;
  /** Shift length, weekly contract hours and relief factor of the centre's staff. */
  readonly policy: CoveragePolicy;
  /** Officers each organization puts on the centre's roster: at most 1 000 organizations of at most 1 000 000 officers each, 10 000 000 in all; `[]` when none does. */
  readonly contributors: ReadonlyArray<{ readonly organization: string; readonly officers: number }>;
}
