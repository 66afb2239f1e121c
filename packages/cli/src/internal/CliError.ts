import * as Data from "effect/Data";

/**
 * The input could not be read: no file, nothing on stdin, or not JSON.
 *
 * @internal
 */
export class InputError
  extends /* @__PURE__ */ Data.TaggedError("InputError")<{
    readonly message: string;
    readonly path: string;
    readonly expected: string;
    readonly received: string;
  }> {}

/**
 * The command line itself is wrong: an unknown flag or command, a missing argument.
 *
 * @internal
 */
export class UsageError
  extends /* @__PURE__ */ Data.TaggedError("UsageError")<{
    readonly message: string;
  }> {}
