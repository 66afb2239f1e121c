import type { SecuritySituation } from "../security/SecuritySituation";
import type { MossStandards } from "./MossStandards";

/**
 * What an inspection found about one measure.
 *
 * @example
 * ```ts
 * import type { Finding } from "@unsms/risk"
 *
 * const finding: Finding = { measure: "TEL-1", met: false, note: "no radio room after 18:00" }
 * console.log(finding.met)
 * ```
 *
 * @category compliance
 * @since 0.1.0
 */
export interface Finding {
  /** The measure's id in the standard. */
  readonly measure: string;
  /** Whether it is in place. */
  readonly met: boolean;
  /** What the inspectors saw. */
  readonly note?: string | undefined;
}

/**
 * A compliance inspection of one location: which standard (the default MOSS or H-MOSS,
 * or the agency's own `standards`), the location's security situation, the findings, and
 * the compliance rate it must reach (`requiredPercent`, default 100: a minimum standard is
 * met in full). `docs/examples/risk/inspection.json` is a complete sample.
 *
 * @example
 * ```ts
 * import type { Inspection } from "@unsms/risk"
 *
 * const inspection: Inspection = {
 *   location: "Country office B",
 *   date: "2006-07-15",
 *   standard: "MOSS",
 *   situation: { system: "phases", phase: "II" },
 *   findings: [{ measure: "TEL-1", met: true }],
 * }
 * console.log(inspection.findings.length)
 * ```
 *
 * @category compliance
 * @since 0.1.0
 */
export interface Inspection {
  /** The location inspected. */
  readonly location: string;
  /** When (ISO date), if given. */
  readonly date?: string | undefined;
  /** Which default standard: field MOSS or headquarters H-MOSS. */
  readonly standard: "MOSS" | "H-MOSS";
  /** The agency's own standard, used instead of the default when given. */
  readonly standards?: MossStandards | undefined;
  /** The location's phase or security level. */
  readonly situation: SecuritySituation;
  /** What was found, at most one finding per measure. */
  readonly findings: ReadonlyArray<Finding>;
  /** The compliance percentage required, 0–100 (default 100). */
  readonly requiredPercent?: number | undefined;
}
