import type { Citation } from "@unsms/core";
import type { ProgrammeCriticality } from "./ProgrammeCriticality";

/**
 * An agency's acceptable-risk table: the highest residual risk level at which an activity
 * of each programme criticality may go ahead, and the residual risk level from which a
 * programme criticality assessment is required at all. Level names are the matrix's.
 *
 * @example
 * ```ts
 * import type { AcceptableRiskPolicy } from "@unsms/risk"
 *
 * const cautious: AcceptableRiskPolicy = {
 *   ceilings: { PC1: "High", PC2: "Medium", PC3: "Low", PC4: "Low" },
 *   criticalityRequiredFrom: "Medium",
 *   source: { document: "Agency X security policy", location: "§4", year: 2024 },
 * }
 * console.log(cautious.ceilings.PC1)
 * ```
 *
 * @category acceptability
 * @since 0.1.0
 */
export interface AcceptableRiskPolicy {
  /** The highest acceptable residual risk level per programme criticality. */
  readonly ceilings: Readonly<Record<ProgrammeCriticality, string>>;
  /** From this residual risk level up, an activity needs a programme criticality. */
  readonly criticalityRequiredFrom: string;
  /** Where the table comes from. */
  readonly source: Citation;
}
