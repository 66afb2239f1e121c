import * as Result from "effect/Result";
import type { UnknownRole } from "../errors/UnknownRole";
import { findRole } from "../internal/findRole";
import { unknownRole } from "../internal/unknownRole";
import type { Framework } from "./Framework";
import type { Role } from "./Role";

/**
 * The role of a framework named by its id (`"designated-official"`) or its letter (`"E"`).
 *
 * @example
 * ```ts
 * import { annexIFramework, getRole } from "@unsms/accountability"
 * import * as Result from "effect/Result"
 *
 * const role = Result.getOrThrow(getRole(annexIFramework, "H"))
 * console.log(role.name, role.appointment.inWriting) // "Area Security Coordinator" true
 * ```
 *
 * @category queries
 * @since 0.1.0
 */
export const getRole = (framework: Framework, idOrLetter: string): Result.Result<Role, UnknownRole> => {
  const role = findRole(framework, idOrLetter);
  return role === undefined ? Result.fail(unknownRole(framework, idOrLetter, "$.role")) : Result.succeed(role);
};
