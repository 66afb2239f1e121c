import { describeAllowed } from "@unsms/core";
import type { AppointmentRequirement } from "../check/AppointmentRequirement";

/**
 * The roles `requirements` name, each once in the rules' order, and how to say so in an
 * error's `expected`: core's `describeAllowed`, `one of "a", "b"`, cut after 12 (`… (and 3 more)`). A malformed rule (a
 * plain JavaScript caller's) names no role.
 *
 * @internal
 */
export const knownRoles = (
  requirements: ReadonlyArray<AppointmentRequirement>,
): { readonly roles: ReadonlyArray<string>; readonly expected: string } => {
  const roles = [
    ...new Set(
      requirements.flatMap((rule) =>
        typeof rule === "object" && rule !== null && typeof rule.role === "string" ? [rule.role] : [],
      ),
    ),
  ];
  return {
    roles,
    expected: roles.length === 0 ? "a role the rules name (they name none)" : describeAllowed(roles),
  };
};
