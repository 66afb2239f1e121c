import { describeValue, type Issue, isListUpTo, makeIssue, pathStep } from "@unsms/core";
import type { PassRequest } from "../issuance/PassRequestSchema";
import type { CategoryRule } from "../policy/CategoryRuleSchema";
import type { PassPolicy } from "../policy/PassPolicySchema";
import type { RegisterEntry } from "../register/PassRegisterSchema";
import { MAX_REQUIREMENTS } from "./limits";
import { organizationKey } from "./organizationKey";
import { fromIso } from "./time";

const roles = "head, chief-administrative-officer or representative";

/** Whether a rule's requirements carry `head-approved-first`. */
const carriesHeadFirst = (rule: CategoryRule): boolean =>
  rule.requirements.some((requirement) => requirement.kind === "head-approved-first");

/**
 * What the `head-approved-first` requirement looks for on the register, for one request: a pass
 * in force at `at` of a head or chief administrative officer whose organization has the key
 * `organization`, in a category whose rule carries the requirement (`carries`). `tooLong`
 * gives the first rule `carries` could not read — its requirements not a list of at most
 * `MAX_REQUIREMENTS` — or `undefined`. @internal
 */
export interface HeadFirstSearch {
  readonly organization: string;
  readonly at: number;
  readonly carries: (category: unknown) => boolean;
  readonly tooLong: () => Issue | undefined;
}

/**
 * The register search the request needs, or `undefined` when it needs none: its category's
 * rule does not carry `head-approved-first`, the holder is not a `representative`, or the
 * request's organization has no key (`organization`, its {@link organizationKey}). `carries`
 * reads the rule of a category at most once per search (whatever the number of entries of
 * that category) and only when an entry asks: a category is a string naming a rule of the
 * policy. Another category's requirements (from a plain JS caller) are told by their `length`
 * against `MAX_REQUIREMENTS`, the limit of the policy's schema, before they are walked, as
 * the request's own rule is: a sparse array claiming 2^32 − 1 items is not walked, the
 * category does not carry the requirement, and `tooLong` tells its path. @internal
 */
export const headFirstSearch = (
  request: PassRequest,
  rule: CategoryRule,
  policy: PassPolicy,
  organization: string | undefined,
  at: number,
): HeadFirstSearch | undefined => {
  if (organization === undefined || request.holder.role !== "representative" || !carriesHeadFirst(rule))
    return undefined;
  const categories = policy.categories;
  const known = new Map<string, boolean>();
  let refusal: Issue | undefined;
  /** Whether the rule of `category` carries the requirement, its requirements told by their length first. */
  const readRule = (category: string, rule: CategoryRule): boolean => {
    const requirements: unknown = typeof rule === "object" && rule !== null ? rule.requirements : undefined;
    if (isListUpTo(requirements, MAX_REQUIREMENTS)) return carriesHeadFirst(rule);
    refusal ??= makeIssue(
      `policy.categories${pathStep(category)}.requirements`,
      `an array of at most ${MAX_REQUIREMENTS} items`,
      describeValue(requirements),
    );
    return false;
  };
  const carries = (category: unknown): boolean => {
    if (typeof category !== "string") return false;
    let answer = known.get(category);
    if (answer === undefined) {
      answer =
        Object.hasOwn(categories, category) && readRule(category, categories[category as keyof typeof categories]);
      known.set(category, answer);
    }
    return answer;
  };
  return { organization, at, carries, tooLong: () => refusal };
};

/**
 * Whether an entry of the register approves the representatives the search is for: active,
 * held by a head or chief administrative officer, not expired at `at`, in a category whose
 * rule carries the requirement, of the same organization (compared by {@link organizationKey}),
 * at any duty station. The cheap tests come first. @internal
 */
export const approvesRepresentatives = (search: HeadFirstSearch, entry: RegisterEntry): boolean =>
  entry.status === "active" &&
  (entry.pass.holder.role === "head" || entry.pass.holder.role === "chief-administrative-officer") &&
  fromIso(entry.pass.validUntil) > search.at &&
  search.carries(entry.pass.category) &&
  organizationKey(entry.pass.holder.organization) === search.organization;

/**
 * The `head-approved-first` requirement: the request states the holder's role; a
 * representative needs, on the register, a pass that approves it (`approved`: some entry met
 * {@link approvesRepresentatives} in the one pass over the register). The answer is the same
 * for every copy of the requirement in a rule. @internal
 */
export const headApprovedFirst = (request: PassRequest, approved: boolean, why: string): Issue | undefined => {
  const role = request.holder.role;
  if (role === undefined)
    return makeIssue("$.holder.role", `the holder's role in the organization: ${roles} ${why}`, "nothing");
  if (role !== "representative" || approved) return undefined;
  return makeIssue(
    "$.holder.role",
    `a pass in force of the head or chief administrative officer of ${JSON.stringify(request.holder.organization)} on the register, issued first ${why}`,
    `"representative" (no pass of its head or chief administrative officer in force)`,
  );
};
