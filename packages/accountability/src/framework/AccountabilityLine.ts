import type { Citation } from "@unsms/core";
import type { OrganizationKind } from "./OrganizationKind";

/**
 * What a line says of the role that holds it (Annex I's words):
 *
 * - `accountable`: is accountable to (问责, ¶3–5, ¶7–8, ¶10, ¶12–13, ¶16–17);
 * - `reports`: reports to (报告工作 / 汇报工作, ¶11, ¶14);
 * - `recognizes-coordination`: recognizes the coordinating role and authority of, without
 *   being accountable to it — the executive heads of specialized agencies and the other
 *   participating organizations towards the Secretary-General (¶5);
 * - `advises`: the SMT's collective duty to support the Designated Official (¶9);
 * - `technical`: a technical line, such as the CSA's to DSS (¶11).
 *
 * @example
 * ```ts
 * import type { LineKind } from "@unsms/accountability"
 *
 * const kind: LineKind = "recognizes-coordination"
 * console.log(kind) // "recognizes-coordination"
 * ```
 *
 * @category framework
 * @since 0.2.0
 */
export type LineKind = "accountable" | "reports" | "recognizes-coordination" | "advises" | "technical";

/**
 * One line of a role: to whom it answers (a role's id, or the framework's apex, the
 * Member States), what kind of line it is, possibly through an intermediate role (the DO
 * is accountable to the Secretary-General *through* the USG/DSS, Annex I ¶7), and, when
 * the line depends on the kind of the organization (¶5), the kinds it applies to.
 *
 * Chains follow a role's *primary* line: its first line of kind `accountable`, `reports`,
 * `advises` or `recognizes-coordination` that applies to the organization's kind (without
 * a kind, the first such line). A `recognizes-coordination` or `advises` line ends the
 * chain: neither is a line of accountability. `technical` lines are never followed.
 *
 * @example
 * ```ts
 * import type { AccountabilityLine } from "@unsms/accountability"
 *
 * const line: AccountabilityLine = {
 *   to: "designated-official",
 *   kind: "accountable",
 *   description: "accountable to the Designated Official under the letter of appointment",
 *   citation: { document: "A/61/531", location: "Annex I, ¶10" },
 * }
 * console.log(line.to) // "designated-official"
 * ```
 *
 * @category framework
 * @since 0.1.0
 */
export interface AccountabilityLine {
  /** The id of the role answered to, or the framework's apex id (`"member-states"`). */
  readonly to: string;
  /** The role the line passes through, when the Annex says "through" (¶7, ¶8). */
  readonly through?: string | undefined;
  /** What the line is (see {@link LineKind}). */
  readonly kind: LineKind;
  /** The organization kinds the line applies to; absent: every kind. */
  readonly organizationKinds?: ReadonlyArray<OrganizationKind> | undefined;
  /** The line in words. */
  readonly description: string;
  /** Where the framework states it. */
  readonly citation: Citation;
}
