import { describeThrown, type Issue } from "@unsms/core";
import * as Result from "effect/Result";

/**
 * Runs `read` (a public function's work over the caller's values) and returns its answer;
 * when a getter or a proxy of the caller's throws inside it, returns instead the error
 * `refuse` makes of the one problem, at `$`: what the function returns rather than throw.
 *
 * @internal
 */
export const guardReading = <A, E>(
  read: () => Result.Result<A, E>,
  expected: string,
  refuse: (issue: Issue) => E,
): Result.Result<A, E> => {
  try {
    return read();
  } catch (error) {
    const received = describeThrown(error);
    return Result.fail(refuse({ path: "$", expected, received, message: `$: reading it threw (${received})` }));
  }
};
