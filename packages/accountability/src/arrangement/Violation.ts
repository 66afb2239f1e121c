import type { Citation } from "@unsms/core";
import type { ViolationCode } from "./ViolationCode";

/**
 * One rule an arrangement breaks: its stable code, what is wrong in words, the people and
 * organizations concerned, and the rule's citation. What a violation is about is its
 * code, the person at fault (the first of `people`) and its organizations; the message is
 * prose for readers.
 *
 * @example
 * ```ts
 * import type { Violation } from "@unsms/accountability"
 *
 * const violation: Violation = {
 *   code: "no-designated-official",
 *   message: "Nairobi has no Designated Official",
 *   people: [],
 *   organizations: [],
 *   citation: { document: "A/61/531", location: "Annex I, ¶7" },
 * }
 * console.log(violation.code)
 * ```
 *
 * @category arrangement
 * @since 0.1.0
 */
export interface Violation {
  /** The rule's stable code. */
  readonly code: ViolationCode;
  /** What is wrong, naming the people concerned. */
  readonly message: string;
  /** Person ids of the people concerned, the one at fault first. */
  readonly people: ReadonlyArray<string>;
  /** Ids of the organizations concerned. */
  readonly organizations: ReadonlyArray<string>;
  /** Where the rule is stated. */
  readonly citation: Citation;
}
