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
 *
 * @internal
 */
export const guardRegister = <Args extends ReadonlyArray<unknown>, A>(
  operation: string,
  body: (...args: Args) => Result.Result<A, PassRegisterError>,
): ((...args: Args) => Result.Result<A, PassRegisterError>) =>
  catchUnreadable(
    (...args: Args): Result.Result<A, PassRegisterError> =>
      isListUpTo(args[0], MAX_REGISTER_ENTRIES)
        ? body(...args)
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
  );
