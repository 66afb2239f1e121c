import { type Issue, makeIssue } from "@unsms/core";
import type { PassRequest } from "../issuance/PassRequestSchema";
import type { PassPolicy } from "../policy/PassPolicySchema";
import type { PassRegister, RegisterEntry } from "../register/PassRegisterSchema";
import { organizationKey } from "./organizationKey";
import { fromIso } from "./time";

const roles = "head, chief-administrative-officer or representative";

/** Whether the policy's rule of the entry's category carries `head-approved-first`. */
const needsHeadFirst = (policy: PassPolicy, entry: RegisterEntry): boolean => {
  const categories = policy.categories;
  const category = entry.pass.category;
  return (
    Object.hasOwn(categories, category) &&
    categories[category].requirements.some((requirement) => requirement.kind === "head-approved-first")
  );
};

/**
 * The `head-approved-first` requirement: the request states the holder's role; a
 * representative needs, on the register, a pass in force (active, not expired at `at`) of
 * the same organization's head or chief administrative officer (organizations compared by
 * {@link organizationKey}), in a category whose rule carries the requirement, at any duty
 * station. One pass over the register. @internal
 */
export const headApprovedFirst = (
  request: PassRequest,
  policy: PassPolicy,
  register: PassRegister,
  at: number,
  why: string,
): Issue | undefined => {
  const role = request.holder.role;
  if (role === undefined)
    return makeIssue("$.holder.role", `the holder's role in the organization: ${roles} ${why}`, "nothing");
  if (role !== "representative") return undefined;
  const organization = request.holder.organization;
  const key = organizationKey(organization);
  const approved =
    key !== undefined &&
    register.some(
      (entry) =>
        entry.status === "active" &&
        (entry.pass.holder.role === "head" || entry.pass.holder.role === "chief-administrative-officer") &&
        fromIso(entry.pass.validUntil) > at &&
        needsHeadFirst(policy, entry) &&
        organizationKey(entry.pass.holder.organization) === key,
    );
  return approved
    ? undefined
    : makeIssue(
        "$.holder.role",
        `a pass in force of the head or chief administrative officer of ${JSON.stringify(organization)} on the register, issued first ${why}`,
        `"representative" (no pass of its head or chief administrative officer in force)`,
      );
};
