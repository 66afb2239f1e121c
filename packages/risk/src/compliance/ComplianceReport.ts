import type { Rate } from "@unsms/core";
import type { SecuritySituation } from "../security/SecuritySituation";
import type { MossCategory } from "./MossCategory";

/**
 * Compliance in one category (or overall): measures required, measures met, the exact
 * rate `met / required` and its percentage to one decimal (both null when nothing is
 * required).
 *
 * @example
 * ```ts
 * import type { CategoryCompliance } from "@unsms/risk"
 *
 * const medical: CategoryCompliance = { category: "medical", required: 3, met: 2, rate: { numerator: 2n, denominator: 3n }, percent: "66.7" }
 * console.log(medical.percent)
 * ```
 *
 * @category compliance
 * @since 0.1.0
 */
export interface CategoryCompliance {
  /** The category. */
  readonly category: MossCategory;
  /** Measures required in it. */
  readonly required: number;
  /** Of those, measures met. */
  readonly met: number;
  /** `met / required` exactly, or null when nothing is required. */
  readonly rate: Rate | null;
  /** The rate as a percentage to one decimal (core's `formatRate`), or null. */
  readonly percent: string | null;
}

/**
 * A required measure that is not met, with the inspection's recommendation.
 *
 * @example
 * ```ts
 * import { scoreCompliance, type UnmetMeasure } from "@unsms/risk"
 * import * as Result from "effect/Result"
 *
 * const report = Result.getOrThrow(scoreCompliance({
 *   location: "Headquarters",
 *   standard: "H-MOSS",
 *   situation: { system: "phases", phase: "none" },
 *   findings: [{ measure: "H-PRM-1", met: true }, { measure: "H-EQP-2", met: false, note: "two blind spots on the river side" }],
 * }))
 * const blindSpots: UnmetMeasure | undefined = report.unmet.find((m) => m.id === "H-EQP-2")
 * console.log(blindSpots?.inspected, blindSpots?.note) // true "two blind spots on the river side"
 * ```
 *
 * @category compliance
 * @since 0.1.0
 */
export interface UnmetMeasure {
  /** The measure's id. */
  readonly id: string;
  /** Its category. */
  readonly category: MossCategory;
  /** What should be in place. */
  readonly description: string;
  /** The risk level it leaves open. */
  readonly riskIfUnmet: string;
  /** What to do. */
  readonly recommendation: string;
  /** False when the inspection has no finding for it (counted as not met). */
  readonly inspected: boolean;
  /** The inspectors' note, if any. */
  readonly note: string | null;
}

/**
 * The result of {@link scoreCompliance}: compliance overall and per category, whether
 * the location reaches the required rate, and the unmet measures ordered by the risk they
 * leave open (highest first).
 *
 * @example
 * ```ts
 * import { scoreCompliance, type ComplianceReport } from "@unsms/risk"
 * import * as Result from "effect/Result"
 *
 * const report: ComplianceReport = Result.getOrThrow(scoreCompliance({
 *   location: "Headquarters",
 *   standard: "H-MOSS",
 *   situation: { system: "phases", phase: "none" },
 *   findings: [{ measure: "H-PRM-1", met: true }, { measure: "H-EQP-2", met: false, note: "two blind spots on the river side" }],
 * }))
 * console.log(`${report.location}: ${report.overall.percent ?? "n/a"}% (${report.compliant ? "compliant" : "not compliant"})`) // "Headquarters: 11.1% (not compliant)"
 * ```
 *
 * @category compliance
 * @since 0.1.0
 */
export interface ComplianceReport {
  /** The location inspected. */
  readonly location: string;
  /** When, or null. */
  readonly date: string | null;
  /** The standard's name and edition. */
  readonly standard: { readonly name: string; readonly edition: string };
  /** The location's situation. */
  readonly situation: SecuritySituation;
  /** The compliance percentage required. */
  readonly requiredPercent: number;
  /** Compliance over every required measure. */
  readonly overall: Omit<CategoryCompliance, "category">;
  /** Per category, in MOSS order; categories with nothing required included (null rate). */
  readonly byCategory: ReadonlyArray<CategoryCompliance>;
  /** True when `met / required` reaches `requiredPercent` (or nothing is required). */
  readonly compliant: boolean;
  /** Required measures not met, highest risk left open first. */
  readonly unmet: ReadonlyArray<UnmetMeasure>;
  /** Ids of measures with a finding that the situation does not require (not counted). */
  readonly notRequired: ReadonlyArray<string>;
}
