import type { Citation } from "@unsms/core";

/**
 * One step of a chain of accountability: the role (or the apex) reached, how it was
 * reached — the starting role itself (`self`), a role the line passes `through`, or what
 * the previous role's line says of this one: `accountable-to`, `reports-to`, `advises`
 * (the SMT, Annex I ¶9: not a line of accountability, and the chain ends there), or
 * `recognizes-coordination-of` (an executive head of a
 * specialized agency or other participating organization towards the Secretary-General,
 * ¶5: not a line of accountability, and the chain ends there) — and the citation of that
 * line.
 *
 * @example
 * ```ts
 * import { annexIFramework, chainOfAccountability, type ChainLink } from "@unsms/accountability"
 * import * as Result from "effect/Result"
 *
 * const chain: ReadonlyArray<ChainLink> = Result.getOrThrow(chainOfAccountability(annexIFramework, "E"))
 * console.log(chain.map((link) => link.name).join(" → "))
 * // "Designated Official → Under-Secretary-General for Safety and Security → Secretary-General → Member States"
 * ```
 *
 * @category queries
 * @since 0.1.0
 */
export interface ChainLink {
  /** The role's id, or the apex's (`"member-states"`). */
  readonly id: string;
  /** Its name. */
  readonly name: string;
  /** The Annex's letter; absent for the apex. */
  readonly letter?: string | undefined;
  /** `self` for the first link, `through` for an intermediate role, else what the line says. */
  readonly relation: "self" | "through" | "accountable-to" | "reports-to" | "advises" | "recognizes-coordination-of";
  /** The line that led here, in words (the role's description for the first link). */
  readonly description: string;
  /** Where the framework states it. */
  readonly citation: Citation;
  /** What was assumed to choose the line (the organization's kind not given, say). */
  readonly note?: string | undefined;
}
