import type { PassId } from "@unsms/core";
import * as Result from "effect/Result";
import { activeEntryAt, replaceAt } from "../internal/registerSupport";
import { toIsoSecond } from "../internal/time";
import type { PassRegister } from "./PassRegisterSchema";
import type { PassRegisterError } from "./PassRegisterError";
import { guardRegister } from "../internal/guardRegister";

/**
 * Suspends an active pass, with the time and the reason. A suspended pass is on the
 * revocation list (checkpoints refuse it as `revoked`) until {@link reinstatePass} lifts the
 * suspension.
 *
 * @example
 * ```ts
 * import { suspendPass } from "@unsms/access-pass"
 * import { decode, PassIdSchema } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * const id = Result.getOrThrow(decode(PassIdSchema, "NY-1"))
 * const result = suspendPass([], id, new Date("2006-05-01T00:00:00Z"), "under review")
 * if (Result.isFailure(result)) console.log(result.failure.reason) // "not-found"
 * ```
 *
 * @function
 * @category register
 * @since 0.1.0
 */
export const suspendPass = /* #__PURE__ */ guardRegister(
  "suspendPass",
  (register: PassRegister, passId: PassId, at: Date, reason: string): Result.Result<PassRegister, PassRegisterError> =>
    Result.gen(() => suspension(register, passId, at, reason)),
);

/** The steps of {@link suspendPass}. */
function* suspension(register: PassRegister, passId: PassId, at: Date, reason: string) {
  const { now, entry, index } = yield* activeEntryAt(register, passId, at, "suspended");
  return replaceAt(register, index, {
    pass: entry.pass,
    status: "suspended",
    changedAt: toIsoSecond(now),
    reason,
  });
}
