import * as Result from "effect/Result";
import { PassRegisterError } from "../register/PassRegisterError";

/**
 * A register operation that never throws: whatever a plain JS caller passes (not an array,
 * entries without a pass, a revoked proxy, a throwing getter), the operation answers with an
 * `invalid-input` {@link PassRegisterError} instead of an exception. Typed callers never see it.
 *
 * @internal
 */
export const guardRegister =
  <Args extends ReadonlyArray<unknown>, A>(
    operation: string,
    body: (...args: Args) => Result.Result<A, PassRegisterError>,
  ) =>
  (...args: Args): Result.Result<A, PassRegisterError> => {
    try {
      if (!Array.isArray(args[0])) {
        return Result.fail(
          new PassRegisterError({
            reason: "invalid-input",
            message: `${operation}: the register must be an array of entries`,
            path: "register",
            expected: "a PassRegister (unsms schema pass-register)",
            received: args[0] === null ? "null" : typeof args[0],
          }),
        );
      }
      return body(...args);
    } catch {
      return Result.fail(
        new PassRegisterError({
          reason: "invalid-input",
          message: `${operation}: the register or an argument cannot be read`,
          path: "register",
          expected: "a decoded PassRegister and valid arguments",
          received: "an unreadable value",
        }),
      );
    }
  };
