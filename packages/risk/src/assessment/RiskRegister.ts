import type { AcceptableRiskPolicy } from "../acceptability/AcceptableRiskPolicy";
import type { ProgrammeCriticality } from "../acceptability/ProgrammeCriticality";
import type { RiskMatrix } from "../matrix/RiskMatrix";
import type { MitigationMeasure } from "./MitigationMeasure";
import type { Threat } from "./Threat";

/**
 * A security risk assessment of one location or activity: its threats, the mitigation
 * measures, and optionally the programme criticality of the activity, the matrix and the
 * acceptable-risk table to use (the defaults otherwise). `docs/examples/risk/register.json`
 * is a complete sample.
 *
 * @example
 * ```ts
 * import type { RiskRegister } from "@unsms/risk"
 *
 * const register: RiskRegister = {
 *   location: "Field office A",
 *   programmeCriticality: "PC2",
 *   measures: [{ id: "escort", description: "armed escort", reduces: { likelihood: 1, impact: 0 }, basis: "deterrence" }],
 *   threats: [
 *     { id: "T1", category: "crime", description: "ambush on the road", likelihood: "Likely", impact: "Severe", measures: ["escort"], response: "control" },
 *   ],
 * }
 * console.log(register.threats.length)
 * ```
 *
 * @category assessment
 * @since 0.1.0
 */
export interface RiskRegister {
  /** The location or activity assessed. */
  readonly location: string;
  /** When it was assessed (ISO date), if given. */
  readonly date?: string | undefined;
  /** The activity's programme criticality, if assessed. */
  readonly programmeCriticality?: ProgrammeCriticality | undefined;
  /** The matrix to use; {@link DEFAULT_RISK_MATRIX} when absent. */
  readonly matrix?: RiskMatrix | undefined;
  /** The acceptable-risk table; {@link DEFAULT_ACCEPTABLE_RISK_POLICY} when absent. */
  readonly acceptableRisk?: AcceptableRiskPolicy | undefined;
  /** The mitigation measures threats refer to. */
  readonly measures: ReadonlyArray<MitigationMeasure>;
  /** The threats, one per line. */
  readonly threats: ReadonlyArray<Threat>;
}
