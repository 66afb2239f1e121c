import type { Citation } from "@unsms/core";

/**
 * One step of a chain of accountability: the role (or the apex) reached, how it was
 * reached — the starting role itself, a role the line passes `through`, or the role the
 * previous one is `accountable-to` — and the citation of that line.
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
  /** `self` for the first link, `through` for an intermediate role, `accountable-to` otherwise. */
  readonly relation: "self" | "through" | "accountable-to";
  /** The line that led here, in words (the role's description for the first link). */
  readonly description: string;
  /** Where the framework states it. */
  readonly citation: Citation;
}
