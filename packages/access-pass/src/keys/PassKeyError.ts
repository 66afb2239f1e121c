import * as Data from "effect/Data";

/**
 * A key could not be used for pass tokens: not Ed25519, a public key where a private one
 * is needed (or the reverse), or a PEM text that does not parse. Only Ed25519 keys are ever
 * accepted.
 *
 * @example
 * ```ts
 * import { verifyingKeyFromPem } from "@unsms/access-pass/node"
 * import * as Result from "effect/Result"
 *
 * const result = verifyingKeyFromPem("not a key")
 * if (Result.isFailure(result)) console.log(result.failure._tag) // "PassKeyError"
 * ```
 *
 * @category keys
 * @since 0.1.0
 */
export class PassKeyError
  extends /* @__PURE__ */ Data.TaggedError("PassKeyError")<{
    readonly message: string;
    readonly path: string;
    readonly expected: string;
    readonly received: string;
  }> {}
