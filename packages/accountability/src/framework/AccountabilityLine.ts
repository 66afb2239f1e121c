import type { Citation } from "@unsms/core";
import * as z from "zod";
import { CitationSchema } from "@unsms/core/schema";

/**
 * Schema of an {@link AccountabilityLine}, as a framework loaded from JSON states it.
 *
 * @example
 * ```ts
 * import { AccountabilityLineSchema } from "@unsms/accountability"
 *
 * const line = AccountabilityLineSchema.parse({
 *   to: "secretary-general",
 *   through: "usg-dss",
 *   kind: "accountable",
 *   description: "accountable to the Secretary-General through the USG/DSS",
 *   citation: { document: "A/61/531", location: "Annex I, ¶7" },
 * })
 * console.log(line.to)
 * ```
 *
 * @category framework
 * @since 0.1.0
 */
export const AccountabilityLineSchema = z.strictObject({
  to: z.string().min(1),
  through: z.string().min(1).optional(),
  kind: z.enum(["accountable", "reports", "advises", "technical"]),
  description: z.string().min(1),
  citation: CitationSchema,
});

/**
 * One line of accountability of a role: to whom it answers (a role's id, or the
 * framework's apex, the Member States), possibly through an intermediate role (the DO
 * answers to the Secretary-General *through* the USG/DSS, Annex I ¶7).
 *
 * A role's first line is its line of accountability proper, the one every chain follows;
 * further lines are secondary (the CSA's technical line to DSS, ¶11; the warden's line to
 * the Area Security Coordinator, ¶16).
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
 * console.log(line.to)
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
  /**
   * `accountable` (answers for results), `reports` (reports to), `advises` (the SMT's
   * collective duty to the DO), `technical` (a technical line, such as the CSA's to DSS).
   */
  readonly kind: "accountable" | "reports" | "advises" | "technical";
  /** The line in words. */
  readonly description: string;
  /** Where the framework states it. */
  readonly citation: Citation;
}
