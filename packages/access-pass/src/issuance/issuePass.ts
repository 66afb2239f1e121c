import { describeValue, type Issue, isListUpTo, makeIssue, makeIssues, type PassId, pathStep } from "@unsms/core";
import * as Result from "effect/Result";
import {
  approvesRepresentatives,
  type HeadFirstSearch,
  headApprovedFirst,
  headFirstSearch,
} from "../internal/headApprovedFirst";
import { organizationKey } from "../internal/organizationKey";
import { MAX_IDENTITY_DOCUMENTS, MAX_REGISTER_ENTRIES, MAX_REQUIREMENTS, MAX_ZONES } from "../internal/limits";
import type { CategoryRule } from "../policy/CategoryRuleSchema";
import { ageOn, END_OF_TOKEN_TIME_MS, floorToSecond, fromIso, toIsoSecond } from "../internal/time";
import { validityEnd } from "../internal/validityEnd";
import type { PassPolicy } from "../policy/PassPolicySchema";
import type { Requirement } from "../policy/RequirementSchema";
import type { PassRegister } from "../register/PassRegisterSchema";
import type { Pass } from "./PassSchema";
import { PassRequestRefused } from "./PassRequestRefused";
import type { PassRequest } from "./PassRequestSchema";

/** The refusal of a request: every problem found, at most MAX_ISSUES listed (core's makeIssues). */
const refuse = (issues: ReadonlyArray<Issue>): Result.Result<never, PassRequestRefused> =>
  Result.fail(new PassRequestRefused(makeIssues("the pass request", issues)));

/** A document the category requires and the request lacks. */
const missing = (path: string, what: string, why: string): Issue => makeIssue(path, `${what} ${why}`, "nothing");

/**
 * The first list past its documented limit, told by its `length` before any item is read (a
 * sparse array claiming 2^32 − 1 items costs nothing), or `undefined`: the rule's zones and
 * requirements, the request's zones and identity documents, the register.
 */
const tooLong = (
  request: PassRequest,
  rule: CategoryRule,
  category: string,
  register: PassRegister,
): Issue | undefined => {
  const inPolicy = `policy.categories${pathStep(category)}`;
  const lists: ReadonlyArray<readonly [string, unknown, number, boolean]> = [
    [`${inPolicy}.zones`, rule.zones, MAX_ZONES, false],
    [`${inPolicy}.requirements`, rule.requirements, MAX_REQUIREMENTS, false],
    ["$.zones", request.zones, MAX_ZONES, true],
    ["$.identityDocuments", request.identityDocuments, MAX_IDENTITY_DOCUMENTS, true],
    ["register", register, MAX_REGISTER_ENTRIES, false],
  ];
  for (const [path, list, max, optional] of lists)
    if (!(optional && list === undefined) && !isListUpTo(list, max))
      return makeIssue(path, `an array of at most ${max} items`, describeValue(list));
  return undefined;
};

const unmet = (
  request: PassRequest,
  requirement: Requirement,
  at: number,
  label: string,
  headInForce: boolean,
): Issue | undefined => {
  const documents = request.identityDocuments ?? [];
  const why = `(required for: ${label})`;
  switch (requirement.kind) {
    case "sponsor":
      return request.sponsor === undefined
        ? missing("$.sponsor", "a sponsoring or authorizing office", why)
        : undefined;
    case "identity-documents":
      return documents.length < requirement.count
        ? makeIssue(
            "$.identityDocuments",
            `at least ${requirement.count} identity document${requirement.count === 1 ? "" : "s"} ${why}`,
            `${documents.length}`,
          )
        : undefined;
    case "passport":
      return documents.some((d) => d.kind === "passport")
        ? undefined
        : makeIssue(
            "$.identityDocuments",
            `a passport among the identity documents ${why}`,
            documents.map((d) => d.kind).join(", ") || "none",
          );
    case "photo":
      return request.photo === undefined ? missing("$.photo", "a photo reference", why) : undefined;
    case "contract":
      return request.contract === undefined ? missing("$.contract", "a contract reference", why) : undefined;
    case "assignment-letter":
      return request.assignmentLetter === undefined
        ? missing("$.assignmentLetter", "a letter of assignment", why)
        : undefined;
    case "minimum-age": {
      const birth = request.holder.dateOfBirth;
      if (birth === undefined)
        return missing(
          "$.holder.dateOfBirth",
          `a date of birth, to check the minimum age of ${requirement.years}`,
          why,
        );
      const age = ageOn(birth, at);
      return age < requirement.years
        ? makeIssue(
            "$.holder.dateOfBirth",
            `a holder at least ${requirement.years} years old on the issuing day ${why}`,
            `${birth} (age ${age})`,
          )
        : undefined;
    }
    case "head-approved-first":
      return headApprovedFirst(request, headInForce, why);
  }
};

/**
 * One pass over the register: the status of the entry whose pass has the serial (or
 * `undefined`: the serial is unused), how many active passes not expired at `at` of the
 * request's category and duty station the request's organization holds — organizations
 * compared by {@link organizationKey}, so no re-spelling of a name escapes the limit — and,
 * when `head-approved-first` needs a search, whether an entry approves the representative.
 */
const readRegister = (
  register: PassRegister,
  request: PassRequest,
  organization: string | undefined,
  serial: PassId,
  at: number,
  search: HeadFirstSearch | undefined,
): { readonly serialUsed: string | undefined; readonly inForce: number; readonly headInForce: boolean } => {
  let serialUsed: string | undefined;
  let inForce = 0;
  let headInForce = false;
  // forEach skips the holes of a sparse array, as filter did; the cheap tests come first
  register.forEach((entry) => {
    if (entry.pass.id === serial) serialUsed ??= entry.status;
    if (
      entry.status === "active" &&
      entry.pass.category === request.category &&
      entry.pass.dutyStation === request.dutyStation &&
      organization !== undefined &&
      fromIso(entry.pass.validUntil) > at &&
      organizationKey(entry.pass.holder.organization) === organization
    )
      inForce++;
    if (search !== undefined && !headInForce) headInForce = approvesRepresentatives(search, entry);
  });
  return { serialUsed, inForce, headInForce };
};

/**
 * Issues a grounds pass from a request under a policy, at the given time, with the given
 * serial as its id — or refuses it with a {@link PassRequestRefused} listing **every** unmet
 * requirement and every other problem at once (a wished start before the issuing time, a
 * wished end past the category's maximum validity or not after the start, a wished zone the
 * category does not open, an organization's name with nothing but white space and format
 * characters (from a plain JS caller), and — read on the register, in one pass — a serial
 * already in it, whatever its status (at `serial`: a serial is used once, and a pass under a
 * used serial could never be registered or revoked), an organization that already holds
 * the category's `maxPerOrganization` active passes at that duty station, or a
 * representative whose organization's head or chief administrative officer holds no pass in
 * force yet where the category requires them approved first: `head-approved-first`, NGO
 * annual passes in the default policy). The register is the fifth argument; without it
 * (empty) no organization holds a pass, so such a representative is refused. Organizations
 * are one when their names have one key: NFC, format characters (zero-width, bidi) removed,
 * white-space runs (no-break spaces included) one space, trimmed, and case-folded by the
 * locale-independent `toLowerCase`, `toUpperCase`, `toLowerCase` — so `"Example NGO "`,
 * `"example\u00a0ngo"` or `"Example N\u200bGO"` counts against the limit of `"Example NGO"`. Each list is
 * checked on its `length` first, against its documented limit (our choice): at most 10 000
 * zones and 100 requirements per category — the request's, and every other category whose
 * rule the `head-approved-first` search reads —, 10 000 wished zones, 20 identity documents
 * and 1 000 000 register entries; a longer one is refused at once at its path. Linear in the
 * register and the policy: the register is read in one pass and the rule of a category at
 * most once, however many times a rule lists `head-approved-first` (every copy has one answer).
 *
 * The pass is valid from the wished start (default: the issuing time) to the wished end
 * (default: the category's maximum), as a half-open UTC window to the second. It opens the
 * wished zones (default: all of the category's), carries the category's station binding and
 * escort rule, and shows the holder's name and organization, with their role in the
 * organization when the request states it. Pure: the time and the serial are arguments.
 *
 * @example
 * ```ts
 * import { decode, PassIdSchema } from "@unsms/core/schema"
 * import { defaultPassPolicy, issuePass, registerPass } from "@unsms/access-pass"
 * import { PassRequestSchema } from "@unsms/access-pass/schema"
 * import * as Result from "effect/Result"
 *
 * const serial = (text: string) => Result.getOrThrow(decode(PassIdSchema, text))
 * const at = new Date("2006-03-01T09:00:00Z")
 * const officer = Result.getOrThrow(decode(PassRequestSchema, {
 *   category: "ngo-annual",
 *   dutyStation: "New York",
 *   holder: { name: "C. Officer", organization: "Example NGO", dateOfBirth: "1970-02-11", role: "chief-administrative-officer" },
 *   sponsor: "Example NGO, board of directors",
 *   identityDocuments: [{ kind: "passport", number: "P7654321" }],
 *   photo: "photos/officer.jpg",
 * }))
 * const first = Result.getOrThrow(issuePass(officer, defaultPassPolicy, at, serial("NY-2006-000001")))
 * console.log(first.validUntil) // "2007-01-01T00:00:00Z" (the end of 31 December)
 *
 * // a representative: only once the chief administrative officer's pass is on the register
 * const representative = { ...officer, holder: { name: "R. Representative", organization: "Example NGO", dateOfBirth: "1980-05-01", role: "representative" as const }, sponsor: "C. Officer, Example NGO" }
 * const alone = issuePass(representative, defaultPassPolicy, at, serial("NY-2006-000002"))
 * if (Result.isFailure(alone)) console.log(alone.failure.issues.map((i) => i.path)) // ["$.holder.role"]
 * const register = Result.getOrThrow(registerPass([], first))
 * console.log(Result.isSuccess(issuePass(representative, defaultPassPolicy, at, serial("NY-2006-000002"), register))) // true
 * const reused = issuePass(representative, defaultPassPolicy, at, serial("NY-2006-000001"), register)
 * if (Result.isFailure(reused)) console.log(reused.failure.issues.map((i) => i.path)) // ["serial"]
 *
 * const refused = issuePass({ ...officer, photo: undefined, sponsor: undefined }, defaultPassPolicy, at, serial("NY-2006-000003"))
 * if (Result.isFailure(refused)) console.log(refused.failure.issues.map((i) => i.path)) // ["$.sponsor", "$.photo"]
 * ```
 *
 * @category issuance
 * @since 0.1.0
 */
export const issuePass = (
  request: PassRequest,
  policy: PassPolicy,
  issuedAt: Date,
  serial: PassId,
  register: PassRegister = [],
): Result.Result<Pass, PassRequestRefused> => {
  try {
    return issue(request, policy, issuedAt, serial, Array.isArray(register) ? register : []);
  } catch {
    const issues = [
      {
        path: "$",
        expected: "a decoded PassRequest, a PassPolicy, a Date and a serial",
        received: "an unreadable value",
        message: "$: the request, policy or register cannot be read",
      },
    ];
    return refuse(issues);
  }
};

const issue = (
  request: PassRequest,
  policy: PassPolicy,
  issuedAt: Date,
  serial: PassId,
  register: PassRegister,
): Result.Result<Pass, PassRequestRefused> => {
  const categories = typeof policy === "object" && policy !== null ? policy.categories : undefined;
  const category = typeof request === "object" && request !== null ? request.category : undefined;
  // An own-property lookup only: "__proto__" or "constructor" is no category.
  const rule =
    typeof categories === "object" &&
    categories !== null &&
    typeof category === "string" &&
    Object.hasOwn(categories, category)
      ? categories[category]
      : undefined;
  const issues: Array<Issue> = [];
  const atMs = issuedAt instanceof Date ? issuedAt.getTime() : Number.NaN;
  if (!Number.isFinite(atMs)) {
    issues.push({
      path: "issuedAt",
      expected: "a valid instant",
      received: "Invalid Date",
      message: "issuedAt: not a valid instant",
    });
    return refuse(issues);
  }
  const at = floorToSecond(atMs);
  if (rule === undefined) {
    issues.push({
      path: "$.category",
      expected: "a category of the policy",
      received: JSON.stringify(category) ?? typeof category,
      message: `$.category: the policy ${JSON.stringify(policy?.name) ?? ""} has no rule for ${JSON.stringify(category) ?? typeof category}`,
    });
    return refuse(issues);
  }
  const overLimit = tooLong(request, rule, request.category, register);
  if (overLimit !== undefined) return refuse([overLimit]);
  const organization = organizationKey(request.holder.organization);
  // The register is read once, the rules of its categories at most once each, whatever the
  // number of `head-approved-first` requirements: every copy gets the same answer.
  const search = headFirstSearch(request, rule, policy, organization, at);
  const { serialUsed, inForce, headInForce } = readRegister(register, request, organization, serial, at, search);
  // another category's requirements, read by the search only when an entry asked, past their limit
  const otherTooLong = search?.tooLong();
  if (otherTooLong !== undefined) return refuse([otherTooLong]);
  for (const requirement of rule.requirements) {
    const issue = unmet(request, requirement, at, rule.label, headInForce);
    if (issue !== undefined) issues.push(issue);
  }
  const start = request.validFrom === undefined ? at : floorToSecond(fromIso(request.validFrom));
  if (start < at) {
    issues.push({
      path: "$.validFrom",
      expected: `not before the issuing time ${toIsoSecond(at)}`,
      received: request.validFrom ?? "",
      message: `$.validFrom: ${request.validFrom} is before the issuing time ${toIsoSecond(at)}`,
    });
  }
  const limit = validityEnd(rule.maxValidity, start);
  const end = request.validUntil === undefined ? limit : floorToSecond(fromIso(request.validUntil));
  if (end > limit) {
    issues.push({
      path: "$.validUntil",
      expected: `at most ${toIsoSecond(limit)} (the maximum validity of ${rule.label} passes)`,
      received: request.validUntil ?? "",
      message: `$.validUntil: ${request.validUntil} is past the maximum validity ${toIsoSecond(limit)}`,
    });
  } else if (end <= start) {
    issues.push({
      path: "$.validUntil",
      expected: `after the start ${toIsoSecond(start)}`,
      received: request.validUntil ?? "",
      message: `$.validUntil: ${request.validUntil} is not after the start ${toIsoSecond(start)}`,
    });
  }
  // A token carries instants from 1970 to the end of 9999: a pass outside cannot verify.
  if (!(start >= 0)) {
    issues.push({
      path: request.validFrom === undefined ? "issuedAt" : "$.validFrom",
      expected: "a start in 1970 or later (what a pass token can carry)",
      received: toIsoSecond(start),
      message: `the validity cannot start before 1970-01-01T00:00:00Z: its token could not carry it`,
    });
  }
  if (!(end < END_OF_TOKEN_TIME_MS)) {
    issues.push({
      path: "$.validUntil",
      expected: "an end before 10000-01-01T00:00:00Z (what a pass token can carry)",
      received: request.validUntil ?? toIsoSecond(end),
      message: `$.validUntil: the validity cannot end in year 10000 or later: its token could not carry it`,
    });
  }
  const zones = request.zones ?? rule.zones;
  const allowed = new Set(rule.zones);
  const allowedText = `one of ${rule.zones.join(", ")} (${rule.label} passes)`;
  zones.forEach((zone, index) => {
    if (!allowed.has(zone)) {
      issues.push({
        path: `$.zones[${index}]`,
        expected: allowedText,
        received: JSON.stringify(zone),
        message: `$.zones[${index}]: ${rule.label} passes do not open ${JSON.stringify(zone)}`,
      });
    }
  });
  if (organization === undefined || organization === "") {
    issues.push(
      makeIssue(
        "$.holder.organization",
        "the organization's name: a string with a character other than white space and format characters",
        describeValue(request.holder.organization),
      ),
    );
  }
  if (serialUsed !== undefined) {
    issues.push({
      path: "serial",
      expected: "a serial not yet in the register (a serial is used once)",
      received: `${JSON.stringify(serial)} (${serialUsed} in the register)`,
      message: `serial: ${JSON.stringify(serial)} is already in the register (${serialUsed}): a serial is used once`,
    });
  }
  if (rule.maxPerOrganization !== undefined && inForce >= rule.maxPerOrganization) {
    issues.push({
      path: "$.holder.organization",
      expected: `an organization with fewer than ${rule.maxPerOrganization} ${rule.label} passes in force at ${request.dutyStation}`,
      received: `${JSON.stringify(request.holder.organization)} (${inForce} in force)`,
      message: `$.holder.organization: ${JSON.stringify(request.holder.organization)} already holds ${inForce} ${rule.label} passes at ${request.dutyStation} (at most ${rule.maxPerOrganization})`,
    });
  }
  if (issues.length > 0) return refuse(issues);
  return Result.succeed({
    id: serial,
    category: request.category,
    dutyStation: request.dutyStation,
    holder:
      request.holder.role === undefined
        ? { name: request.holder.name, organization: request.holder.organization }
        : { name: request.holder.name, organization: request.holder.organization, role: request.holder.role },
    zones: [...new Set(zones)],
    stationBound: rule.stationBound,
    escortRequired: rule.escortRequired,
    issuedAt: toIsoSecond(at),
    validFrom: toIsoSecond(start),
    validUntil: toIsoSecond(end),
    renewals: 0,
  });
};
