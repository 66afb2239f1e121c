import type { Citation } from "@unsms/core";
import type { AccountabilityLine } from "./AccountabilityLine";
import type { AppointmentRule } from "./AppointmentRule";
import type { Duty } from "./Duty";

/**
 * One actor of the security management system (Annex I, section III): its id, the
 * Annex's letter, its name, what it is, its lines of accountability, how it is
 * appointed and its duties — each with its citation.
 *
 * @example
 * ```ts
 * import { annexIFramework, type Role } from "@unsms/accountability"
 *
 * const designatedOfficial: Role | undefined = annexIFramework.roles.find((role) => role.letter === "E")
 * console.log(designatedOfficial?.name) // "Designated Official"
 * ```
 *
 * @category framework
 * @since 0.1.0
 */
export interface Role {
  /** Stable id, e.g. `"designated-official"`. */
  readonly id: string;
  /** The Annex's letter, `"A"` to `"N"`. */
  readonly letter: string;
  /** The role's name. */
  readonly name: string;
  /** What the role is, in words. */
  readonly description: string;
  /** Its lines of accountability; the first is the one chains follow. */
  readonly accountableTo: ReadonlyArray<AccountabilityLine>;
  /** Who appoints it and how. */
  readonly appointment: AppointmentRule;
  /** Its duties. */
  readonly duties: ReadonlyArray<Duty>;
  /** The paragraph(s) of the framework that describe it. */
  readonly citation: Citation;
}
