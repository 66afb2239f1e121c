import * as z from "zod";

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

/**
 * Checks a {@link MitigationMeasure}: reductions are whole numbers from 0 to 6 (a
 * missing one is 0), and at least one of them is above 0.
 *
 * @example
 * ```ts
 * import { MitigationMeasureSchema } from "@unsms/risk"
 *
 * const parsed = MitigationMeasureSchema.safeParse({ id: "m", description: "d", reduces: { likelihood: -1 }, basis: "b" })
 * console.log(parsed.success) // false
 * ```
 *
 * @category assessment
 * @since 0.1.0
 */
export const MitigationMeasureSchema = z.strictObject({
  id: z.string().min(1),
  description: z.string().min(1),
  reduces: z
    .strictObject({
      likelihood: z.number().int().min(0).max(6).default(0).describe("levels of likelihood removed"),
      impact: z.number().int().min(0).max(6).default(0).describe("levels of impact removed"),
    })
    .refine((effect) => effect.likelihood + effect.impact > 0, { message: "a measure must lower the likelihood or the impact by at least one level" }),
  basis: z.string().min(1).describe("why the measure has this effect"),
});
