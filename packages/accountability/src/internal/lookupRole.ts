import { readOrElse } from "@unsms/core";
import * as Result from "effect/Result";
import type { InvalidFramework } from "../errors/InvalidFramework";
import type { UnknownRole } from "../errors/UnknownRole";
import type { Framework } from "../framework/Framework";
import type { Role } from "../framework/Role";
import { checkFramework, unreadableFramework } from "./checkFramework";
import { findRole } from "./findRole";
import { unknownRole } from "./unknownRole";

/**
 * The role a query names (by id or letter), after the framework's structural check: what
 * `getRole`, `accountableTo`, `appointersOf` and `chainOfAccountability` start from. Never
 * throws, whatever a JavaScript caller passes.
 *
 * @internal
 */
export const lookupRole = (
  framework: Framework,
  idOrLetter: string,
): Result.Result<Role, UnknownRole | InvalidFramework> =>
  readOrElse(
    () => {
      const invalid = checkFramework(framework);
      if (invalid !== undefined) return Result.fail(invalid);
      const role = findRole(framework, idOrLetter);
      return role === undefined ? Result.fail(unknownRole(framework, idOrLetter, "idOrLetter")) : Result.succeed(role);
    },
    () => Result.fail(unreadableFramework()),
  );
