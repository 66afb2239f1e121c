import type * as Result from "effect/Result";
import type { InvalidFramework } from "../errors/InvalidFramework";
import type { UnknownRole } from "../errors/UnknownRole";
import { lookupRole } from "../internal/lookupRole";
import type { Framework } from "./Framework";
import type { Role } from "./Role";

/**
 * The role of a framework named by its id (`"designated-official"`) or its letter (`"E"`).
 * A name no role has is an {@link UnknownRole}; a framework that cannot be walked (not an
 * object, roles not an array of at most 100 000, a revoked proxy) an {@link InvalidFramework}:
 * never an exception, whatever a JavaScript caller passes.
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
export const getRole = (
  framework: Framework,
  idOrLetter: string,
): Result.Result<Role, UnknownRole | InvalidFramework> => lookupRole(framework, idOrLetter);
