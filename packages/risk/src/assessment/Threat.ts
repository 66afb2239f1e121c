import type { RiskResponse } from "./RiskResponse";
import type { RiskTarget } from "./RiskTarget";
import type { ThreatCategory } from "./ThreatCategory";

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
