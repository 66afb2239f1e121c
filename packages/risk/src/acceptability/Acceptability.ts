import type { ProgrammeCriticality } from "./ProgrammeCriticality";

/**
 * Whether an activity may go ahead at its residual risk, and why.
 *
 * @example
 * ```ts
 * import type { Acceptability } from "@unsms/risk"
 *
 * const verdict: Acceptability = {
 *   acceptable: false,
 *   residual: "Very high",
 *   criticality: "PC2",
 *   ceiling: "High",
 *   reasons: ["the residual risk Very high is above High, the highest acceptable for PC2"],
 * }
 * console.log(verdict.reasons[0])
 * ```
 *
 * @category acceptability
 * @since 0.1.0
 */
export interface Acceptability {
  /** True when the activity may go ahead. */
  readonly acceptable: boolean;
  /** The residual risk level judged. */
  readonly residual: string;
  /** The programme criticality given, if any. */
  readonly criticality: ProgrammeCriticality | null;
  /** The highest acceptable residual risk for that criticality, if one was given. */
  readonly ceiling: string | null;
  /** Why: one sentence per rule applied. */
  readonly reasons: ReadonlyArray<string>;
}
