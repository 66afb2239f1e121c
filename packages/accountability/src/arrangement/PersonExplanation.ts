import type { AccountabilityLine } from "../framework/AccountabilityLine";
import type { ChainLink } from "../framework/ChainLink";
import type { StationPerson } from "./Arrangement";
import type { HeldRole } from "./HeldRole";

/**
 * One role of a person, explained: the held role, its letter and name in the framework,
 * its lines of accountability, the people at the duty station it answers to, and the
 * chain above it up to the Member States.
 *
 * @example
 * ```ts
 * import { explainPerson, type Arrangement, type ExplainedRole } from "@unsms/accountability"
 * import * as Result from "effect/Result"
 *
 * const nairobi: Arrangement = {
 *   dutyStation: "Nairobi",
 *   kind: "country",
 *   people: [
 *     { id: "amara", name: "Amara Diallo", organization: "UNDP", international: true },
 *     { id: "lena", name: "Lena Berg", organization: "UNHCR", international: true },
 *   ],
 *   organizations: [{ id: "UNDP", name: "United Nations Development Programme", head: "amara" }],
 *   securityManagementTeam: { chair: "amara", members: [] },
 *   appointments: [
 *     { role: "designated-official", person: "amara" },
 *     { role: "warden", person: "lena", appointedBy: "amara", inWriting: true, area: "Gigiri" },
 *   ],
 * }
 * // a warden's role: its letter in Annex I, whom it answers to here, and where its chain ends
 * const [warden]: ReadonlyArray<ExplainedRole> = Result.getOrThrow(explainPerson(nairobi, "lena")).roles
 * console.log(warden?.letter, warden?.answersToPeople.map((person) => person.name)) // "M" ["Amara Diallo"]
 * console.log(warden?.chain.map((link) => link.name).at(-1)) // "Member States"
 * ```
 *
 * @category arrangement
 * @since 0.1.0
 */
export interface ExplainedRole extends HeldRole {
  /** The Annex's letter, or `""` when the framework given lacks the role. */
  readonly letter: string;
  /** The role's name in the framework (its id when the framework lacks it). */
  readonly name: string;
  /** The role's lines of accountability in the framework. */
  readonly lines: ReadonlyArray<AccountabilityLine>;
  /** The line that applies here (to the kind of the organization concerned), the one its chain follows. */
  readonly line?: AccountabilityLine | undefined;
  /**
   * The people at the duty station it answers to, all of them. Frozen, and one list for
   * every role that answers to the same group (a person holding 20 000 warden roles gets
   * one list of the DOs and ASCs, not 20 000 copies).
   */
  readonly answersToPeople: ReadonlyArray<{ readonly id: string; readonly name: string }>;
  /**
   * The chain of accountability from the role up to the apex (empty when the framework
   * cannot give one). Frozen, and one list for the roles of the same framework role and
   * organization kind.
   */
  readonly chain: ReadonlyArray<ChainLink>;
}

/**
 * Everything a person holds at a duty station and whom they answer to, as data and in
 * words (`text`), as {@link explainPerson} gives it.
 *
 * @example
 * ```ts
 * import { explainPerson, type Arrangement, type PersonExplanation } from "@unsms/accountability"
 * import * as Result from "effect/Result"
 *
 * const nairobi: Arrangement = {
 *   dutyStation: "Nairobi",
 *   kind: "country",
 *   people: [
 *     { id: "amara", name: "Amara Diallo", organization: "UNDP", international: true },
 *     { id: "lena", name: "Lena Berg", organization: "UNHCR", international: true },
 *   ],
 *   organizations: [{ id: "UNDP", name: "United Nations Development Programme", head: "amara" }],
 *   securityManagementTeam: { chair: "amara", members: [] },
 *   appointments: [
 *     { role: "designated-official", person: "amara" },
 *     { role: "warden", person: "lena", appointedBy: "amara", inWriting: true, area: "Gigiri" },
 *   ],
 * }
 * // the Designated Official holds four roles at once: E, F (head of UNDP), G (chair of the SMT) and N
 * const explanation: PersonExplanation = Result.getOrThrow(explainPerson(nairobi, "amara"))
 * console.log(explanation.person.name, explanation.roles.map((role) => role.letter)) // "Amara Diallo" ["E", "F", "G", "N"]
 * ```
 *
 * @category arrangement
 * @since 0.1.0
 */
export interface PersonExplanation {
  /** The person. */
  readonly person: StationPerson;
  /** The duty station. */
  readonly dutyStation: string;
  /** Each role held, explained, in the framework's order. */
  readonly roles: ReadonlyArray<ExplainedRole>;
  /** The same in words, one paragraph per role. */
  readonly text: string;
}
