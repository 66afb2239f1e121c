import type { Citation } from "@unsms/core";

/**
 * One duty of a role, with its citation.
 *
 * @example
 * ```ts
 * import type { Duty } from "@unsms/accountability"
 *
 * const duty: Duty = {
 *   description: "advises the DO and the SMT in their security functions",
 *   citation: { document: "A/61/531", location: "Annex I, ¶11" },
 * }
 * console.log(duty.citation.location)
 * ```
 *
 * @category framework
 * @since 0.1.0
 */
export interface Duty {
  /** The duty in words. */
  readonly description: string;
  /** Where the framework states it. */
  readonly citation: Citation;
}
