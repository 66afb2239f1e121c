import { fc } from "@fast-check/vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { decode } from "@unsms/core/schema";
import * as Result from "effect/Result";
import { ArrangementSchema } from "@unsms/accountability/schema";
import { type Arrangement, type StationAppointment, type StationPerson, type Violation } from "@unsms/accountability";

const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));

/** A sample arrangement from docs/examples/accountability, decoded. */
export const sample = (name: "arrangement-valid" | "arrangement-broken"): Arrangement =>
  Result.getOrThrow(
    decode(ArrangementSchema, JSON.parse(readFileSync(`${repoRoot}docs/examples/accountability/${name}.json`, "utf8"))),
  );

/** The raw text of a sample. */
export const sampleText = (name: string): string =>
  readFileSync(`${repoRoot}docs/examples/accountability/${name}`, "utf8");

/** What identifies a violation: its code, the person at fault and the organizations. */
export const subject = (violation: Violation): string =>
  `${violation.code}|${violation.people[0] ?? ""}|${violation.organizations.join(",")}`;

type Adviser = "csa" | "focal-point" | "acting" | "focal-point-and-acting";

interface Plan {
  readonly kind: Arrangement["kind"];
  readonly organizations: number;
  readonly adviser: Adviser;
  readonly international: ReadonlyArray<boolean>;
  readonly ascs: number;
  readonly wardens: ReadonlyArray<number>;
  readonly officers: ReadonlyArray<number>;
  readonly statedLines: ReadonlyArray<boolean>;
  readonly extraMembers: number;
  readonly bystanders: number;
}

const planArbitrary: fc.Arbitrary<Plan> = fc.record({
  kind: fc.constantFrom<Arrangement["kind"]>("country", "designated-area", "peacekeeping-mission"),
  organizations: fc.integer({ min: 1, max: 5 }),
  adviser: fc.constantFrom<Adviser>("csa", "focal-point", "acting", "focal-point-and-acting"),
  international: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
  ascs: fc.integer({ min: 0, max: 3 }),
  wardens: fc.array(fc.nat(), { maxLength: 4 }),
  officers: fc.array(fc.nat(), { maxLength: 3 }),
  statedLines: fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
  extraMembers: fc.integer({ min: 0, max: 2 }),
  bystanders: fc.integer({ min: 0, max: 3 }),
});

const build = (plan: Plan): Arrangement => {
  const people: Array<StationPerson> = [];
  const organizationIds = Array.from({ length: plan.organizations }, (_, index) => `ORG${index}`);
  const person = (organization: string, international?: boolean): string => {
    const id = `p${people.length}`;
    people.push({
      id,
      name: `Person ${people.length}`,
      organization,
      international: international ?? plan.international[people.length % 40] === true,
    });
    return id;
  };
  const heads = organizationIds.map((organization) => person(organization));
  const designatedOfficial = heads[0] ?? "";
  const members: Array<string> = heads.slice(1);
  const appointments: Array<StationAppointment> = [{ role: "designated-official", person: designatedOfficial }];
  let line = 0;
  const stated = (to: string): { accountableTo?: string } =>
    plan.statedLines[line++ % 20] === true ? { accountableTo: to } : {};
  if (plan.adviser === "csa") {
    const csa = person("DSS");
    members.push(csa);
    appointments.push({ role: "chief-security-adviser", person: csa, ...stated(designatedOfficial) });
  }
  if (plan.adviser === "focal-point" || plan.adviser === "focal-point-and-acting") {
    const focalPoint = person(organizationIds[organizationIds.length - 1] ?? "ORG0", true);
    members.push(focalPoint);
    appointments.push({
      role: "country-security-focal-point",
      person: focalPoint,
      appointedBy: designatedOfficial,
      inWriting: true,
      ...stated(designatedOfficial),
    });
  }
  if (plan.adviser === "acting" || plan.adviser === "focal-point-and-acting") {
    const acting = person(organizationIds[0] ?? "ORG0");
    appointments.push({ role: "agency-security-officer", person: acting, ...stated(designatedOfficial) });
    appointments.push({
      role: "acting-chief-security-adviser",
      person: acting,
      appointedBy: designatedOfficial,
      inWriting: true,
      termsOfReference: true,
      ...stated(designatedOfficial),
    });
  }
  const ascs = Array.from({ length: plan.ascs }, (_, index) => {
    const asc = person(organizationIds[index % organizationIds.length] ?? "ORG0");
    appointments.push({
      role: "area-security-coordinator",
      person: asc,
      appointedBy: designatedOfficial,
      inWriting: true,
      area: `Area ${index}`,
      ...stated(designatedOfficial),
    });
    return asc;
  });
  plan.wardens.forEach((choice, index) => {
    const superiors = [designatedOfficial, ...ascs];
    const warden = person(organizationIds[choice % organizationIds.length] ?? "ORG0");
    appointments.push({
      role: "warden",
      person: warden,
      appointedBy: designatedOfficial,
      inWriting: true,
      area: `Zone ${index}`,
      ...stated(superiors[choice % superiors.length] ?? designatedOfficial),
    });
  });
  plan.officers.forEach((choice) => {
    const organizationIndex = choice % organizationIds.length;
    const officer = person(organizationIds[organizationIndex] ?? "ORG0");
    appointments.push({
      role: "agency-security-officer",
      person: officer,
      ...stated(heads[organizationIndex] ?? designatedOfficial),
    });
  });
  if (plan.kind === "peacekeeping-mission") {
    for (let index = 0; index < plan.extraMembers; index += 1) members.push(person(organizationIds[0] ?? "ORG0"));
  }
  for (let index = 0; index < plan.bystanders; index += 1)
    person(organizationIds[index % organizationIds.length] ?? "ORG0");
  return {
    dutyStation: "Generated station",
    kind: plan.kind,
    ...(plan.kind === "peacekeeping-mission" ? { headOfMission: designatedOfficial } : {}),
    people,
    organizations: organizationIds.map((id, index) => ({
      id,
      name: `Organization ${index}`,
      head: heads[index] ?? "",
    })),
    securityManagementTeam: { chair: designatedOfficial, members },
    appointments,
  };
};

/** A valid arrangement: every rule kept, with a random mix of roles. */
export const validArrangement: fc.Arbitrary<Arrangement> = planArbitrary.map(build);

const shuffled = <T>(items: ReadonlyArray<T>): fc.Arbitrary<ReadonlyArray<T>> =>
  fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });

/** The same arrangement with its people, organizations, SMT members and appointments in another order. */
export const reordered = (arrangement: Arrangement): fc.Arbitrary<Arrangement> =>
  fc
    .tuple(
      shuffled(arrangement.people),
      shuffled(arrangement.organizations),
      shuffled(arrangement.securityManagementTeam.members),
      shuffled(arrangement.appointments),
    )
    .map(([people, organizations, members, appointments]) => ({
      ...arrangement,
      people,
      organizations,
      securityManagementTeam: { ...arrangement.securityManagementTeam, members },
      appointments,
    }));

const withFreshPerson = (arrangement: Arrangement, international = true): readonly [Arrangement, string] => {
  const id = `fresh${arrangement.people.length}`;
  return [
    {
      ...arrangement,
      people: [
        ...arrangement.people,
        { id, name: `Newcomer ${arrangement.people.length}`, organization: "ORG0", international },
      ],
    },
    id,
  ];
};

const designatedOfficials = (arrangement: Arrangement): ReadonlyArray<string> =>
  arrangement.appointments
    .filter((appointment) => appointment.role === "designated-official")
    .map((appointment) => appointment.person);

const updateAppointment = (
  arrangement: Arrangement,
  pick: number,
  roles: ReadonlyArray<StationAppointment["role"]>,
  change: (appointment: StationAppointment) => StationAppointment,
): Arrangement | undefined => {
  const candidates = arrangement.appointments.flatMap((appointment, index) =>
    roles.includes(appointment.role) ? [index] : [],
  );
  if (candidates.length === 0) return undefined;
  const chosen = candidates[pick % candidates.length];
  return {
    ...arrangement,
    appointments: arrangement.appointments.map((appointment, index) =>
      index === chosen ? change(appointment) : appointment,
    ),
  };
};

/**
 * Appoints a newcomer in writing by the DO to a role that may not stand beside a CSA
 * (a member of the SMT when `onTeam`); `undefined` without a DO or a CSA.
 */
const appointBesideChiefSecurityAdviser = (
  arrangement: Arrangement,
  appointment: Pick<StationAppointment, "role" | "termsOfReference">,
  onTeam: boolean,
): Arrangement | undefined => {
  const designated = designatedOfficials(arrangement)[0];
  if (designated === undefined || !arrangement.appointments.some((x) => x.role === "chief-security-adviser"))
    return undefined;
  const [next, fresh] = withFreshPerson(arrangement);
  const { securityManagementTeam: team } = next;
  return {
    ...next,
    ...(onTeam ? { securityManagementTeam: { ...team, members: [...team.members, fresh] } } : {}),
    appointments: [...next.appointments, { ...appointment, person: fresh, appointedBy: designated, inWriting: true }],
  };
};

/** Takes the writing away from one appointment to `role` (the DO's letter, or the acting CSA's confirmation). */
const notInWriting =
  (role: StationAppointment["role"]): Breakage["apply"] =>
  (arrangement, pick) =>
    updateAppointment(arrangement, pick, [role], (appointment) => ({ ...appointment, inWriting: false }));

/** A change that breaks one rule, with the code it is expected to add; `undefined` when it does not apply. */
export interface Breakage {
  readonly name: string;
  readonly code: Violation["code"];
  readonly apply: (arrangement: Arrangement, pick: number) => Arrangement | undefined;
}

/** Changes that each add a violation without taking away the DO or the CSA. */
export const breakages: ReadonlyArray<Breakage> = [
  {
    name: "an ASC's appointment not in writing",
    code: "area-security-coordinator-not-appointed-in-writing-by-designated-official",
    apply: notInWriting("area-security-coordinator"),
  },
  {
    name: "a warden appointed by someone else",
    code: "warden-not-appointed-in-writing-by-designated-official",
    apply: (a, pick) => {
      const [next, fresh] = withFreshPerson(a);
      return updateAppointment(next, pick, ["warden"], (x) => ({ ...x, appointedBy: fresh }));
    },
  },
  {
    name: "a warden's appointment not in writing",
    code: "warden-not-appointed-in-writing-by-designated-official",
    apply: notInWriting("warden"),
  },
  {
    name: "an acting CSA not confirmed in writing",
    code: "acting-chief-security-adviser-not-confirmed-in-writing-by-designated-official",
    apply: notInWriting("acting-chief-security-adviser"),
  },
  {
    name: "an acting CSA without terms of reference",
    code: "acting-chief-security-adviser-without-terms-of-reference",
    apply: (a, pick) =>
      updateAppointment(a, pick, ["acting-chief-security-adviser"], ({ termsOfReference: _, ...x }) => x),
  },
  {
    name: "a focal point appointed without a letter",
    code: "focal-point-not-appointed-in-writing-by-designated-official",
    apply: notInWriting("country-security-focal-point"),
  },
  {
    name: "a national staff member as focal point",
    code: "focal-point-not-international",
    apply: (a, pick) => {
      const focalPoints = a.appointments.filter((x) => x.role === "country-security-focal-point").map((x) => x.person);
      const chosen = focalPoints[pick % Math.max(focalPoints.length, 1)];
      if (chosen === undefined) return undefined;
      return { ...a, people: a.people.map((p) => (p.id === chosen ? { ...p, international: false } : p)) };
    },
  },
  {
    name: "an organization's head off the SMT",
    code: "smt-missing-organization-head",
    apply: (a, pick) => {
      const heads = a.organizations.map((o) => o.head).filter((head) => head !== a.securityManagementTeam.chair);
      const chosen = heads[pick % Math.max(heads.length, 1)];
      if (chosen === undefined) return undefined;
      return {
        ...a,
        securityManagementTeam: {
          ...a.securityManagementTeam,
          members: a.securityManagementTeam.members.filter((m) => m !== chosen),
        },
      };
    },
  },
  {
    name: "the CSA off the SMT",
    code: "smt-missing-chief-security-adviser",
    apply: (a) => {
      const advisers = a.appointments.filter((x) => x.role === "chief-security-adviser").map((x) => x.person);
      if (advisers.length === 0 || advisers.some((id) => id === a.securityManagementTeam.chair)) return undefined;
      return {
        ...a,
        securityManagementTeam: {
          ...a.securityManagementTeam,
          members: a.securityManagementTeam.members.filter((m) => !advisers.includes(m)),
        },
      };
    },
  },
  {
    name: "the SMT chaired by someone else",
    code: "smt-not-chaired-by-designated-official",
    apply: (a) => {
      const { chair, members } = a.securityManagementTeam;
      if (chair === null || !designatedOfficials(a).includes(chair)) return undefined;
      const [next, fresh] = withFreshPerson(a);
      return { ...next, securityManagementTeam: { chair: fresh, members: [...members, chair] } };
    },
  },
  {
    name: "a second DO",
    code: "several-designated-officials",
    apply: (a) => {
      const [next, fresh] = withFreshPerson(a);
      return { ...next, appointments: [...next.appointments, { role: "designated-official", person: fresh }] };
    },
  },
  {
    name: "an appointee made accountable to someone else",
    code: "accountable-to-wrong-person",
    apply: (a, pick) => {
      const [next, fresh] = withFreshPerson(a);
      return updateAppointment(
        next,
        pick,
        [
          "area-security-coordinator",
          "chief-security-adviser",
          "country-security-focal-point",
          "acting-chief-security-adviser",
          "warden",
          "agency-security-officer",
        ],
        (x) => ({ ...x, accountableTo: fresh }),
      );
    },
  },
  {
    name: "a peacekeeping mission headed by someone other than the DO",
    code: "mission-head-not-designated-official",
    apply: (a) => {
      if (a.kind === "peacekeeping-mission") return undefined;
      const [next, fresh] = withFreshPerson(a);
      return { ...next, kind: "peacekeeping-mission", headOfMission: fresh };
    },
  },
  {
    name: "a focal point beside the CSA",
    code: "focal-point-where-chief-security-adviser-exists",
    apply: (a) => appointBesideChiefSecurityAdviser(a, { role: "country-security-focal-point" }, true),
  },
  {
    name: "an acting CSA beside the CSA",
    code: "acting-chief-security-adviser-where-chief-security-adviser-exists",
    apply: (a) =>
      appointBesideChiefSecurityAdviser(a, { role: "acting-chief-security-adviser", termsOfReference: true }, false),
  },
];

/** Applies the breakages chosen, in order, skipping those that do not apply. */
export const applyBreakages = (
  arrangement: Arrangement,
  steps: ReadonlyArray<readonly [number, number]>,
): Arrangement =>
  steps.reduce(
    (current, [which, pick]) => breakages[which % breakages.length]?.apply(current, pick) ?? current,
    arrangement,
  );

/** A list of (breakage, pick) steps. */
export const breakageSteps = (maxLength: number): fc.Arbitrary<ReadonlyArray<readonly [number, number]>> =>
  fc.array(fc.tuple(fc.nat({ max: breakages.length - 1 }), fc.nat()), { maxLength });
