import type { PassId } from "@unsms/core";
import * as Result from "effect/Result";
import { checkTime, findEntry, replaceAt } from "../internal/registerSupport";
import { toIsoSecond } from "../internal/time";
import type { PassRegister } from "./PassRegisterSchema";
import { PassRegisterError } from "./PassRegisterError";
import { guardRegister } from "../internal/guardRegister";

/**
 * Revokes a pass (active or suspended) for good, with the time and the reason. The next
 * revocation list ({@link revocationListOf}) carries it, and every checkpoint holding that
 * list refuses the pass. Revoking a revoked pass is `already-revoked`.
 *
 * @example
 * ```ts
 * import { revokePass } from "@unsms/access-pass"
 * import { decode, PassIdSchema } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * const id = Result.getOrThrow(decode(PassIdSchema, "NY-1"))
 * const result = revokePass([], id, new Date("2006-05-01T00:00:00Z"), "lent to another person")
 * if (Result.isFailure(result)) console.log(result.failure.reason) // "not-found"
 * ```
 *
 * @function
 * @category register
 * @since 0.1.0
 */
export const revokePass = /* #__PURE__ */ guardRegister(
  "revokePass",
  (register: PassRegister, passId: PassId, at: Date, reason: string): Result.Result<PassRegister, PassRegisterError> =>
    Result.gen(() => revocation(register, passId, at, reason)),
);

/** The steps of {@link revokePass}. */
function* revocation(register: PassRegister, passId: PassId, at: Date, reason: string) {
  const now = yield* checkTime(at);
  const [entry, index] = yield* findEntry(register, passId);
  if (entry.status === "revoked")
    return yield* Result.fail(
      new PassRegisterError({
        reason: "already-revoked",
        message: `pass ${JSON.stringify(passId)} was revoked at ${entry.changedAt}`,
        path: "passId",
        expected: "an active or suspended pass",
        received: "revoked",
      }),
    );
  return replaceAt(register, index, { pass: entry.pass, status: "revoked", changedAt: toIsoSecond(now), reason });
}
