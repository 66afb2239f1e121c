import { OrganizationIdSchema, PersonIdSchema } from "@unsms/core/schema";
import * as z from "zod";
import { ArrangementTrainingSchema, type ArrangementTraining } from "./ArrangementTraining";

/**
 * The roles a person can be appointed to at a duty station, by their framework ids
 * (Annex I, E and H–M); `acting-chief-security-adviser` is an agency security officer
 * confirmed as acting CSA (¶15).
 *
 * @example
 * ```ts
 * import { StationRoleSchema } from "@unsms/accountability"
 *
 * console.log(StationRoleSchema.options.length) // 8
 * ```
 *
 * @category arrangement
 * @since 0.1.0
 */
export const StationRoleSchema = z.enum([
  "designated-official",
  "chief-security-adviser",
  "country-security-focal-point",
  "area-security-coordinator",
  "dss-security-personnel",
  "agency-security-officer",
  "acting-chief-security-adviser",
  "warden",
]);

/**
 * A role a person can be appointed to at a duty station (see {@link StationRoleSchema}).
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
export type StationRole = z.infer<typeof StationRoleSchema>;

const PersonSchema = z.strictObject({
  id: PersonIdSchema,
  name: z.string().min(1),
  organization: OrganizationIdSchema,
  international: z.boolean(),
});

const OrganizationPresentSchema = z.strictObject({
  id: OrganizationIdSchema,
  name: z.string().min(1),
  head: PersonIdSchema,
});

const AppointmentSchema = z.strictObject({
  role: StationRoleSchema,
  person: PersonIdSchema,
  appointedBy: PersonIdSchema.optional(),
  inWriting: z.boolean().optional(),
  accountableTo: PersonIdSchema.optional(),
  termsOfReference: z.boolean().optional(),
  area: z.string().min(1).optional(),
});

type Shape = {
  readonly kind: string;
  readonly headOfMission?: string | undefined;
  readonly people: ReadonlyArray<{ readonly id: string }>;
  readonly organizations: ReadonlyArray<{ readonly id: string; readonly head: string }>;
  readonly securityManagementTeam: { readonly chair: string | null; readonly members: ReadonlyArray<string> };
  readonly appointments: ReadonlyArray<{ readonly person: string; readonly appointedBy?: string | undefined; readonly accountableTo?: string | undefined }>;
};

const checkReferences = (arrangement: Shape, context: z.RefinementCtx): void => {
  const people = new Set(arrangement.people.map((person) => person.id));
  const known = (id: string | null | undefined, path: ReadonlyArray<string | number>): void => {
    if (id === null || id === undefined || people.has(id)) return;
    context.addIssue({ code: "custom", path: [...path], input: id, message: `Invalid reference: expected the id of one of the people, received ${JSON.stringify(id)}` });
  };
  const unique = (ids: ReadonlyArray<string>, list: string): void =>
    ids.forEach((id, index) => {
      if (ids.indexOf(id) !== index) {
        context.addIssue({ code: "custom", path: [list, index, "id"], input: id, message: `Duplicate id: expected an id not used before in ${list}, received ${JSON.stringify(id)}` });
      }
    });
  unique(arrangement.people.map((person) => person.id), "people");
  unique(arrangement.organizations.map((organization) => organization.id), "organizations");
  arrangement.organizations.forEach((organization, index) => known(organization.head, ["organizations", index, "head"]));
  known(arrangement.securityManagementTeam.chair, ["securityManagementTeam", "chair"]);
  arrangement.securityManagementTeam.members.forEach((member, index) => known(member, ["securityManagementTeam", "members", index]));
  arrangement.appointments.forEach((appointment, index) => {
    known(appointment.person, ["appointments", index, "person"]);
    known(appointment.appointedBy, ["appointments", index, "appointedBy"]);
    known(appointment.accountableTo, ["appointments", index, "accountableTo"]);
  });
  known(arrangement.headOfMission, ["headOfMission"]);
  if (arrangement.kind === "peacekeeping-mission" && arrangement.headOfMission === undefined) {
    context.addIssue({ code: "custom", path: ["headOfMission"], input: undefined, message: "Required: a peacekeeping mission names its head of mission" });
  }
};

/**
 * Schema of a duty station's security {@link Arrangement}, as `unsms accountability
 * check` reads it (`unsms schema accountability-check` prints it as JSON Schema). Beyond
 * the shape it checks that ids are unique, that every person referred to is among the
 * `people`, and that a peacekeeping mission names its head of mission.
 *
 * @example
 * ```ts
 * import { ArrangementSchema } from "@unsms/accountability"
 * import { decode } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * const result = decode(ArrangementSchema, {
 *   dutyStation: "Nairobi", kind: "country", people: [], organizations: [],
 *   securityManagementTeam: { chair: "ghost", members: [] }, appointments: [],
 * })
 * if (Result.isFailure(result)) console.log(result.failure.issues[0]?.path) // "$.securityManagementTeam.chair"
 * ```
 *
 * @category arrangement
 * @since 0.1.0
 */
export const ArrangementSchema = z
  .strictObject({
    dutyStation: z.string().min(1),
    kind: z.enum(["country", "designated-area", "peacekeeping-mission"]),
    headOfMission: PersonIdSchema.optional(),
    people: z.array(PersonSchema),
    organizations: z.array(OrganizationPresentSchema),
    securityManagementTeam: z.strictObject({ chair: PersonIdSchema.nullable(), members: z.array(PersonIdSchema) }),
    appointments: z.array(AppointmentSchema),
    training: ArrangementTrainingSchema.optional(),
  })
  .superRefine(checkReferences);

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
 * An organization present at the duty station and the head of its presence there (its
 * representative, Annex I F), who sits on the Security Management Team (¶9).
 *
 * @example
 * ```ts
 * import type { OrganizationPresent } from "@unsms/accountability"
 *
 * const unicef: OrganizationPresent = { id: "UNICEF", name: "United Nations Children's Fund", head: "kofi" }
 * console.log(unicef.head)
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
