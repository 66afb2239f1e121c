import type { Citation } from "@unsms/core";
import type { ViolationCode } from "./ViolationCode";

/**
 * A rule of a duty station's arrangement, as policy data: its code, the rule in words and
 * its citation. {@link checkArrangement} reports only the rules it is given, with their
 * citations, so an agency can re-cite a rule to its own edition or leave one out.
 *
 * @example
 * ```ts
 * import { arrangementRules, type ArrangementRule } from "@unsms/accountability"
 *
 * const rule: ArrangementRule | undefined = arrangementRules.find((r) => r.code === "focal-point-not-international")
 * console.log(rule?.citation.location) // "Annex I, ¶12"
 * ```
 *
 * @category arrangement
 * @since 0.1.0
 */
export interface ArrangementRule {
  /** The rule's stable code. */
  readonly code: ViolationCode;
  /** The rule in words. */
  readonly rule: string;
  /** Where it is stated. */
  readonly citation: Citation;
}
