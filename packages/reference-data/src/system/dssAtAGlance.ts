import type { Cited } from "@unsms/core";

/**
 * The report's figures for the Department of Safety and Security as a whole.
 *
 * @example
 * ```ts
 * import type { DssAtAGlance } from "@unsms/reference-data"
 * import { dssAtAGlance } from "@unsms/reference-data"
 *
 * const figures: DssAtAGlance = dssAtAGlance
 * console.log(figures.staff.value) // 1830
 * ```
 *
 * @category system
 * @since 0.1.0
 */
export interface DssAtAGlance {
  /** Staff of DSS in all (¶8), equal to the posts of the recruitment table (¶41). */
  readonly staff: Cited<number>;
  /** Locations DSS staff serve in (¶8). */
  readonly locations: Cited<number>;
  /** Approximate biennial budget in US dollars, as the decimal string of major units (¶8). */
  readonly biennialBudgetUsdApprox: Cited<string>;
  /** Countries with a security adviser or field security coordination officer (¶19). */
  readonly countriesWithSecurityAdvisers: Cited<number>;
  /** Approximate number of nationalities among DSS staff (¶43). */
  readonly nationalitiesApprox: Cited<number>;
  /** Hours a day and days a week DSS works (¶8). */
  readonly operatingHours: Cited<{ readonly hoursPerDay: number; readonly daysPerWeek: number }>;
}

/**
 * DSS at a glance, as report A/61/531 gives it: 1 830 staff in 150 locations, a biennial
 * budget of about US$ 400 million, 24 hours a day, 7 days a week (¶8); security advisers
 * deployed in 146 countries (¶19); nearly 85 nationalities (¶43).
 *
 * @example
 * ```ts
 * import { dssAtAGlance } from "@unsms/reference-data"
 *
 * console.log(dssAtAGlance.locations.value, dssAtAGlance.locations.citation.location) // 150 "¶8"
 * ```
 *
 * @category system
 * @since 0.1.0
 */
export const dssAtAGlance: DssAtAGlance = {
  staff: { value: 1830, citation: { document: "A/61/531", location: "¶8" } },
  locations: { value: 150, citation: { document: "A/61/531", location: "¶8" } },
  biennialBudgetUsdApprox: {
    value: "400000000.00",
    citation: { document: "A/61/531", location: "¶8", note: "the report says about US$ 400 million (约4亿美元)" },
  },
  countriesWithSecurityAdvisers: { value: 146, citation: { document: "A/61/531", location: "¶19" } },
  nationalitiesApprox: {
    value: 85,
    citation: { document: "A/61/531", location: "¶43", note: "the report says nearly 85 (将近85)" },
  },
  operatingHours: { value: { hoursPerDay: 24, daysPerWeek: 7 }, citation: { document: "A/61/531", location: "¶8" } },
};
