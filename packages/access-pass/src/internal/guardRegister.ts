import { catchUnreadable, makeIssue, describeValue, isListUpTo } from "@unsms/core";
import * as Result from "effect/Result";
import { PassRegisterError } from "../register/PassRegisterError";
import { MAX_REGISTER_ENTRIES } from "./limits";

const invalidInput = (operation: string, what: string, expected: string, received: string) =>
  Result.fail(
    new PassRegisterError({
      reason: "invalid-input",
      ...makeIssue("register", expected, received),
      message: `${operation}: ${what}`,
    }),
  );

/**
 * A register operation that never throws: whatever a plain JS caller passes (not an array,
 * an array longer than {@link MAX_REGISTER_ENTRIES} — refused on its `length` alone, before
 * any entry is read —, entries without a pass, a revoked proxy, a throwing getter), the operation answers with an
 * `invalid-input` {@link PassRegisterError} instead of an exception. Typed callers never see it.
 * The operation keeps exactly the body's type (its parameter names and optional parameters,
 * what the API reference shows), as `catchUnreadable` does.
 *
 * @internal
 */
export const guardRegister = <F extends (...args: never) => Result.Result<unknown, PassRegisterError>>(
  operation: string,
  body: F,
): F => {
  // F's parameters are only known to the caller: the guard reads the first, the register,
  // and passes them all on untouched; the operation keeps F's own signature
  const call = body as unknown as (...args: ReadonlyArray<unknown>) => Result.Result<unknown, PassRegisterError>;
  return catchUnreadable(
    (...args: ReadonlyArray<unknown>): Result.Result<unknown, PassRegisterError> =>
      isListUpTo(args[0], MAX_REGISTER_ENTRIES)
        ? call(...args)
        : invalidInput(
            operation,
            `the register must be an array of at most ${MAX_REGISTER_ENTRIES} entries`,
            `a PassRegister of at most ${MAX_REGISTER_ENTRIES} entries (unsms schema pass-register)`,
            describeValue(args[0]),
          ),
    () =>
      new PassRegisterError({
        reason: "invalid-input",
        ...makeIssue("register", "a decoded PassRegister and valid arguments", "an unreadable value"),
        message: `${operation}: the register or an argument cannot be read`,
      }),
  ) as unknown as F;
};
