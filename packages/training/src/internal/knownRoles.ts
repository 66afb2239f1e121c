import { describeAllowed } from "@unsms/core";
import type { AppointmentRequirement } from "../check/AppointmentRequirement";

/**
 * The roles `requirements` name, each once in the rules' order, and how to say so in an
 * error's `expected`: core's `describeAllowed`, `one of "a", "b"`, cut after 12 (`… (and 3 more)`). A malformed rule (a
 * plain JavaScript caller's) names no role; the list is read within its first `count` rules
 * (the length `mayAppoint` checked).
 *
 * @internal
 */
export const knownRoles = (
  requirements: ReadonlyArray<AppointmentRequirement>,
  count = requirements.length,
): { readonly roles: ReadonlyArray<string>; readonly expected: string } => {
  const named = new Set<string>();
  // by index within the length `mayAppoint` checked, each rule's role read once
  for (let index = 0; index < count; index++) {
    const rule: unknown = requirements[index];
    const role: unknown = typeof rule === "object" && rule !== null ? (rule as AppointmentRequirement).role : undefined;
    if (typeof role === "string") named.add(role);
  }
  const roles = [...named];
  return {
    roles,
    expected: roles.length === 0 ? "a role the rules name (they name none)" : describeAllowed(roles),
  };
};
