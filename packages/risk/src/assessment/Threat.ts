import * as z from "zod";
import type { RiskResponse } from "./RiskResponse";
import { RiskResponseSchema } from "./RiskResponse";
import type { RiskTarget } from "./RiskTarget";
import { RiskTargetSchema } from "./RiskTarget";
import type { ThreatCategory } from "./ThreatCategory";
import { ThreatCategorySchema } from "./ThreatCategory";

/**
 * One line of a risk register: a threat (its category and description), optionally
 * against one target, with its likelihood and impact before any measure (level names of
 * the matrix in use), the mitigation measures applied to it (by id) and the response
 * chosen. A threat that bears differently on staff and on premises is two lines.
 *
 * @example
 * ```ts
 * import type { Threat } from "@unsms/risk"
 *
 * const ied: Threat = {
 *   id: "T1",
 *   category: "terrorism",
 *   description: "vehicle-borne IED against the compound",
 *   target: "premises",
 *   likelihood: "Moderately likely",
 *   impact: "Critical",
 *   measures: ["setback", "film"],
 *   response: "control",
 * }
 * console.log(ied.category)
 * ```
 *
 * @category assessment
 * @since 0.1.0
 */
export interface Threat {
  /** Unique within the register. */
  readonly id: string;
  /** The SRM threat category. */
  readonly category: ThreatCategory;
  /** What could happen. */
  readonly description: string;
  /** What it would harm, when the register rates threats per target. */
  readonly target?: RiskTarget | undefined;
  /** How likely, before measures. */
  readonly likelihood: string;
  /** How bad, before measures. */
  readonly impact: string;
  /** Ids of the register's mitigation measures applied to this threat. */
  readonly measures: ReadonlyArray<string>;
  /** The response chosen. */
  readonly response: RiskResponse;
}

/**
 * Checks a {@link Threat} (a missing `measures` is none).
 *
 * @example
 * ```ts
 * import { ThreatSchema } from "@unsms/risk"
 *
 * const parsed = ThreatSchema.safeParse({
 *   id: "T2", category: "crime", description: "armed robbery on the airport road",
 *   target: "staff", likelihood: "Likely", impact: "Severe", response: "control",
 * })
 * console.log(parsed.success) // true
 * ```
 *
 * @category assessment
 * @since 0.1.0
 */
export const ThreatSchema = z.strictObject({
  id: z.string().min(1),
  category: ThreatCategorySchema,
  description: z.string().min(1),
  target: RiskTargetSchema.optional(),
  likelihood: z.string().min(1).describe("a likelihood level of the matrix"),
  impact: z.string().min(1).describe("an impact level of the matrix"),
  measures: z.array(z.string().min(1)).default([]).describe("ids of the register's mitigation measures applied"),
  response: RiskResponseSchema,
});
