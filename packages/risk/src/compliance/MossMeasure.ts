import type { SecurityLevel } from "../security/SecurityLevel";
import type { SecurityPhase } from "../security/SecurityPhase";
import type { MossCategory } from "./MossCategory";

/**
 * One measure of a MOSS or H-MOSS standard: its category, what must be in place, from
 * which phase (`"none"`: always) and from which security level it is required, the risk
 * level it leaves open when unmet (a level of the matrix in use), and the recommendation
 * an inspection makes when it is not met.
 *
 * @example
 * ```ts
 * import type { MossMeasure } from "@unsms/risk"
 *
 * const hf: MossMeasure = {
 *   id: "TEL-2",
 *   category: "telecommunications",
 *   description: "HF radio in every office and in every vehicle leaving the city",
 *   requiredFrom: { phase: "I", level: 3 },
 *   riskIfUnmet: "High",
 *   recommendation: "Fit HF radios and train drivers in their use",
 * }
 * console.log(hf.requiredFrom.level)
 * ```
 *
 * @category compliance
 * @since 0.1.0
 */
export interface MossMeasure {
  /** Unique within the standard. */
  readonly id: string;
  /** The MOSS category. */
  readonly category: MossCategory;
  /** What must be in place. */
  readonly description: string;
  /** From which phase and from which security level the measure is required. */
  readonly requiredFrom: {
    /** Under the phase system: `"none"` (always) or the lowest phase that requires it. */
    readonly phase: SecurityPhase | "none";
    /** Under the Security Level System: the lowest level that requires it. */
    readonly level: SecurityLevel;
  };
  /** The risk level left open while the measure is not met. */
  readonly riskIfUnmet: string;
  /** What an inspection recommends when it is not met. */
  readonly recommendation: string;
}
