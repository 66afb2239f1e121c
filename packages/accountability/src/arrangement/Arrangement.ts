import type { OrganizationKind } from "../framework/OrganizationKind";
import type { ArrangementTraining } from "./ArrangementTraining";

/**
 * A role a person can be appointed to at a duty station (Annex I, E and H–M; `acting-chief-security-adviser` is an agency security officer confirmed as acting CSA, ¶15).
 *
 * @example
 * ```ts
 * import type { StationRole } from "@unsms/accountability"
 *
 * const role: StationRole = "warden"
 * console.log(role)
 * ```
 *
 * @category arrangement
 * @since 0.1.0
 */
export type StationRole =
  | "designated-official"
  | "chief-security-adviser"
  | "country-security-focal-point"
  | "area-security-coordinator"
  | "dss-security-personnel"
  | "agency-security-officer"
  | "acting-chief-security-adviser"
  | "warden";

/**
 * A person at the duty station.
 *
 * @example
 * ```ts
 * import type { StationPerson } from "@unsms/accountability"
 *
 * const person: StationPerson = { id: "amara", name: "Amara Diallo", organization: "UNDP", international: true }
 * console.log(person.name)
 * ```
 *
 * @category arrangement
 * @since 0.1.0
 */
export interface StationPerson {
  /** The person's id, unique in the arrangement. */
  readonly id: string;
  /** The person's name, for reports. */
  readonly name: string;
  /** The id of the organization that employs the person. */
  readonly organization: string;
  /** Whether the person is an international staff member (a Country Security Focal Point must be, Annex I ¶12). */
  readonly international: boolean;
}

/**
 * An organization present at the duty station, the head of its presence there (its
 * representative, Annex I F), who sits on the Security Management Team whatever the
 * organization's kind (¶9 says "normally"; requiring it is our reading), and its kind (¶5): for a `specialized-agency` or `other`
 * participating organization, the chain of its people ends at the Secretary-General with
 * `recognizes-coordination-of`, not `accountable-to`. Without a kind it is judged as a fund
 * or programme (as before 0.2.0), and explanations say so.
 *
 * @example
 * ```ts
 * import type { OrganizationPresent } from "@unsms/accountability"
 *
 * const unicef: OrganizationPresent = { id: "UNICEF", name: "United Nations Children's Fund", head: "kofi", kind: "fund-or-programme" }
 * console.log(unicef.kind) // "fund-or-programme"
 * ```
 *
 * @category arrangement
 * @since 0.1.0
 */
export interface OrganizationPresent {
  /** The organization's id, unique in the arrangement. */
  readonly id: string;
  /** Its name. */
  readonly name: string;
  /** The person id of the head of its presence at the duty station. */
  readonly head: string;
  /** Its kind (Annex I ¶5 and footnote 1); absent: judged as a fund or programme, and said so. */
  readonly kind?: OrganizationKind | undefined;
}

/**
 * One appointment at the duty station: who holds which role, who appointed them and
 * whether in writing, whom they are made accountable to, and for an acting CSA whether
 * terms of reference were set. `accountableTo` may be left out: the framework's line is
 * then assumed.
 *
 * @example
 * ```ts
 * import type { StationAppointment } from "@unsms/accountability"
 *
 * const asc: StationAppointment = {
 *   role: "area-security-coordinator", person: "lena", appointedBy: "amara", inWriting: true,
 *   accountableTo: "amara", area: "Northern provinces",
 * }
 * console.log(asc.role)
 * ```
 *
 * @category arrangement
 * @since 0.1.0
 */
export interface StationAppointment {
  /** The role held. */
  readonly role: StationRole;
  /** The person id of the holder. */
  readonly person: string;
  /** The person id of whoever made the appointment at the duty station; absent when made elsewhere (the CSA by the USG/DSS). */
  readonly appointedBy?: string | undefined;
  /** Whether the appointment (or the acting CSA's confirmation) was made in writing. */
  readonly inWriting?: boolean | undefined;
  /** The person id the appointee is made accountable to. */
  readonly accountableTo?: string | undefined;
  /** For an acting CSA: whether the DO set terms of reference (¶15). */
  readonly termsOfReference?: boolean | undefined;
  /** The area (ASC) or zone (warden) covered. */
  readonly area?: string | undefined;
}

/**
 * A duty station's security arrangement as it actually is: the people, the organizations
 * present with their heads, the Security Management Team and the appointments. A
 * `peacekeeping-mission` names its head of mission, who must be the DO (Annex I ¶9).
 * Check it with {@link checkArrangement}.
 *
 * @example
 * ```ts
 * import { checkArrangement, type Arrangement } from "@unsms/accountability"
 *
 * const arrangement: Arrangement = {
 *   dutyStation: "Nairobi",
 *   kind: "country",
 *   people: [
 *     { id: "amara", name: "Amara Diallo", organization: "UNDP", international: true },
 *     { id: "sam", name: "Sam Otieno", organization: "DSS", international: true },
 *   ],
 *   organizations: [{ id: "UNDP", name: "United Nations Development Programme", head: "amara" }],
 *   securityManagementTeam: { chair: "amara", members: ["sam"] },
 *   appointments: [
 *     { role: "designated-official", person: "amara" },
 *     { role: "chief-security-adviser", person: "sam", accountableTo: "amara" },
 *   ],
 * }
 * console.log(checkArrangement(arrangement)) // []
 * ```
 *
 * @category arrangement
 * @since 0.1.0
 */
export interface Arrangement {
  /** The duty station (country or designated area). */
  readonly dutyStation: string;
  /** A country, a designated area, or a peacekeeping mission. */
  readonly kind: "country" | "designated-area" | "peacekeeping-mission";
  /** For a peacekeeping mission: the person id of the head of mission. */
  readonly headOfMission?: string | undefined;
  /** Everyone the arrangement names. */
  readonly people: ReadonlyArray<StationPerson>;
  /** The organizations present at the duty station. */
  readonly organizations: ReadonlyArray<OrganizationPresent>;
  /** The SMT: its chair and its other members (the chair counts as a member). */
  readonly securityManagementTeam: { readonly chair: string | null; readonly members: ReadonlyArray<string> };
  /** The appointments. */
  readonly appointments: ReadonlyArray<StationAppointment>;
  /** The people's training records and the instant to judge them at; without them certification (¶22) is not judged. */
  readonly training?: ArrangementTraining | undefined;
}
