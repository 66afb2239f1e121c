import * as Data from "effect/Data";

/**
 * A register operation is not allowed: `reason` says why (`not-found`, `duplicate`,
 * `not-active`, `already-revoked`, `not-suspended`, `renewal-limit`, `expired`,
 * `invalid-time`, `invalid-input`: a register or an argument a plain JS caller passed that
 * cannot be read), `path` names the argument, `expected` and `received` say what was wanted
 * and what was found.
 *
 * @example
 * ```ts
 * import { PassRegisterError } from "@unsms/access-pass"
 *
 * const error = new PassRegisterError({ reason: "not-found", message: "no pass NY-1", path: "passId", expected: "a pass in the register", received: "NY-1" })
 * console.log(error._tag, error.reason) // "PassRegisterError" "not-found"
 * ```
 *
 * @category register
 * @since 0.1.0
 */
export class PassRegisterError
  extends /* @__PURE__ */ Data.TaggedError("PassRegisterError")<{
    readonly reason:
      | "not-found"
      | "duplicate"
      | "not-active"
      | "already-revoked"
      | "not-suspended"
      | "renewal-limit"
      | "expired"
      | "invalid-time"
      | "invalid-input";
    readonly message: string;
    readonly path: string;
    readonly expected: string;
    readonly received: string;
  }> {}
