import * as Data from "effect/Data";
import type { RefusalReason } from "./RefusalReason";

/**
 * A checkpoint refuses a pass token: `reason` is the stable code ({@link RefusalReason}),
 * `message` says it in words, `path` names what was checked (`token`, `token.signature`,
 * `checkpoint.zone`, `at`), `expected` and `received` what was wanted and found.
 *
 * @example
 * ```ts
 * import { PassRefused } from "@unsms/access-pass"
 *
 * const refused = new PassRefused({ reason: "expired", message: "expired", path: "at", expected: "before 2006-07-01T00:00:00Z", received: "2006-07-02T00:00:00Z" })
 * console.log(refused._tag, refused.reason) // "PassRefused" "expired"
 * ```
 *
 * @category tokens
 * @since 0.1.0
 */
export class PassRefused
  extends /* @__PURE__ */ Data.TaggedError("PassRefused")<{
    readonly reason: RefusalReason;
    readonly message: string;
    readonly path: string;
    readonly expected: string;
    readonly received: string;
  }> {}
