import { boundedRefinement, OrganizationIdSchema, PersonIdSchema, type ReportIssue } from "@unsms/core/schema";
import { OrganizationKindSchema } from "../framework/OrganizationKindSchema";
import * as z from "zod";
import { ArrangementTrainingSchema } from "./ArrangementTrainingSchema";

/**
 * The roles a person can be appointed to at a duty station, by their framework ids
 * (Annex I, E and H–M); `acting-chief-security-adviser` is an agency security officer
 * confirmed as acting CSA (¶15).
 *
 * @example
 * ```ts
 * import { StationRoleSchema } from "@unsms/accountability/schema"
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
  kind: OrganizationKindSchema.optional(),
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
  readonly appointments: ReadonlyArray<{
    readonly person: string;
    readonly appointedBy?: string | undefined;
    readonly accountableTo?: string | undefined;
  }>;
};

const checkReferences = (arrangement: Shape, report: ReportIssue): void => {
  const people = new Set(arrangement.people.map((person) => person.id));
  const known = (id: string | null | undefined, path: ReadonlyArray<string | number>): void => {
    if (id === null || id === undefined || people.has(id)) return;
    report(path, id, "the id of one of the people");
  };
  const unique = (ids: ReadonlyArray<string>, list: string): void => {
    const seen = new Set<string>();
    ids.forEach((id, index) => {
      if (seen.has(id)) report([list, index, "id"], id, `an id not used before in ${list}`);
      seen.add(id);
    });
  };
  unique(
    arrangement.people.map((person) => person.id),
    "people",
  );
  unique(
    arrangement.organizations.map((organization) => organization.id),
    "organizations",
  );
  arrangement.organizations.forEach((organization, index) =>
    known(organization.head, ["organizations", index, "head"]),
  );
  known(arrangement.securityManagementTeam.chair, ["securityManagementTeam", "chair"]);
  arrangement.securityManagementTeam.members.forEach((member, index) =>
    known(member, ["securityManagementTeam", "members", index]),
  );
  arrangement.appointments.forEach((appointment, index) => {
    known(appointment.person, ["appointments", index, "person"]);
    known(appointment.appointedBy, ["appointments", index, "appointedBy"]);
    known(appointment.accountableTo, ["appointments", index, "accountableTo"]);
  });
  known(arrangement.headOfMission, ["headOfMission"]);
  if (arrangement.kind === "peacekeeping-mission" && arrangement.headOfMission === undefined)
    report(["headOfMission"], undefined, "the id of the head of mission (a peacekeeping mission names one)");
};

/**
 * Schema of a duty station's security {@link @unsms/accountability!index.Arrangement | Arrangement}, as `unsms accountability
 * check` reads it (`unsms schema accountability-check` prints it as JSON Schema). Beyond
 * the shape it checks that ids are unique, that every person referred to is among the
 * `people`, and that a peacekeeping mission names its head of mission.
 *
 * @example
 * ```ts
 * import { ArrangementSchema } from "@unsms/accountability/schema"
 * import { decode } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * const result = decode(ArrangementSchema, {
 *   dutyStation: "Nairobi", kind: "country", people: [], organizations: [],
 *   securityManagementTeam: { chair: "ghost", members: [] }, appointments: [],
 * })
 * if (Result.isFailure(result)) console.log(result.failure.issues[0]?.message)
 * // "$.securityManagementTeam.chair: expected the id of one of the people, received \"ghost\""
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
  .superRefine(boundedRefinement(checkReferences));
