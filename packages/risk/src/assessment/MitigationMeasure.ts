/**
 * A mitigation measure and its documented effect: how many levels it lowers the
 * likelihood and the impact of the risks it is applied to (whole steps on the matrix's
 * scales, never negative), and why (`basis`).
 *
 * @example
 * ```ts
 * import type { MitigationMeasure } from "@unsms/risk"
 *
 * const guards: MitigationMeasure = {
 *   id: "guards",
 *   description: "24-hour guard force at the compound gate",
 *   reduces: { likelihood: 1, impact: 0 },
 *   basis: "deters opportunistic intrusion; does not change what an intruder could do",
 * }
 * console.log(guards.reduces.likelihood)
 * ```
 *
 * @category assessment
 * @since 0.1.0
 */
export interface MitigationMeasure {
  /** Unique within the register. */
  readonly id: string;
  /** What is done. */
  readonly description: string;
  /** The effect, in whole levels of each scale. */
  readonly reduces: {
    /** Levels of likelihood removed (0 or more). */
    readonly likelihood: number;
    /** Levels of impact removed (0 or more). */
    readonly impact: number;
  };
  /** Why the measure has that effect: the documentation of the effect. */
  readonly basis: string;
}
