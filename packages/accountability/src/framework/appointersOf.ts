import * as Result from "effect/Result";
import type { InvalidFramework } from "../errors/InvalidFramework";
import type { UnknownRole } from "../errors/UnknownRole";
import { lookupRole } from "../internal/lookupRole";
import type { AppointmentRule } from "./AppointmentRule";
import type { Framework } from "./Framework";

/**
 * Who may appoint a role (by id or letter), and how: the roles named in its
 * {@link AppointmentRule} (`by`, empty when the framework names none), whether in
 * writing, and whom the appointer must consult. Fails as {@link getRole} does.
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
export const appointersOf = (
  framework: Framework,
  idOrLetter: string,
): Result.Result<AppointmentRule, UnknownRole | InvalidFramework> =>
  Result.map(lookupRole(framework, idOrLetter), (role) => role.appointment);
