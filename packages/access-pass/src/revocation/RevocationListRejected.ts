import * as Data from "effect/Data";

/**
 * A signed revocation list cannot be trusted: `malformed`, signed by an `unknown-key`, or
 * with a `bad-signature`. A checkpoint keeps its previous list.
 *
 * @example
 * ```ts
 * import { openRevocationList } from "@unsms/access-pass/node"
 * import * as Result from "effect/Result"
 *
 * const result = openRevocationList("not.a.list", [])
 * if (Result.isFailure(result)) console.log(result.failure._tag, result.failure.reason) // "RevocationListRejected" "malformed"
 * ```
 *
 * @category revocation
 * @since 0.1.0
 */
export class RevocationListRejected
  extends /* @__PURE__ */ Data.TaggedError("RevocationListRejected")<{
    readonly reason: "malformed" | "unknown-key" | "bad-signature";
    readonly message: string;
    readonly path: string;
    readonly expected: string;
    readonly received: string;
  }> {}
