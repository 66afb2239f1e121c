import * as Result from "effect/Result";
import type { UnknownRole } from "../errors/UnknownRole";
import { findRole } from "../internal/findRole";
import { unknownRole } from "../internal/unknownRole";
import type { AppointmentRule } from "./AppointmentRule";
import type { Framework } from "./Framework";

/**
 * Who may appoint a role (by id or letter), and how: the roles named in its
 * {@link AppointmentRule} (`by`, empty when the framework names none), whether in
 * writing, and whom the appointer must consult.
 *
 * @example
 * ```ts
 * import { annexIFramework, appointersOf } from "@unsms/accountability"
 * import * as Result from "effect/Result"
 *
 * const rule = Result.getOrThrow(appointersOf(annexIFramework, "J"))
 * console.log(rule.by, rule.afterConsulting, rule.requirements)
 * // ["designated-official"] ["usg-dss", "organization-representative"] ["an international staff member", …]
 * ```
 *
 * @category queries
 * @since 0.1.0
 */
export const appointersOf = (framework: Framework, idOrLetter: string): Result.Result<AppointmentRule, UnknownRole> => {
  const role = findRole(framework, idOrLetter);
  return role === undefined
    ? Result.fail(unknownRole(framework, idOrLetter, "$.role"))
    : Result.succeed(role.appointment);
};
