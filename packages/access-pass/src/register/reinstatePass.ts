import type { PassId } from "@unsms/core";
import * as Result from "effect/Result";
import { checkTime, findEntry, replaceAt } from "../internal/registerSupport";
import { toIsoSecond } from "../internal/time";
import type { PassRegister } from "./PassRegisterSchema";
import { PassRegisterError } from "./PassRegisterError";
import { guardRegister } from "../internal/guardRegister";

/**
 * Lifts the suspension of a pass: it is active again and drops off the next revocation
 * list. Only a suspended pass can be reinstated (`not-suspended`).
 *
 * @example
 * ```ts
 * import { reinstatePass } from "@unsms/access-pass"
 * import { decode, PassIdSchema } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * const id = Result.getOrThrow(decode(PassIdSchema, "NY-1"))
 * const result = reinstatePass([], id, new Date("2006-05-02T00:00:00Z"))
 * if (Result.isFailure(result)) console.log(result.failure.reason) // "not-found"
 * ```
 *
 * @function
 * @category register
 * @since 0.1.0
 */
export const reinstatePass = /* #__PURE__ */ guardRegister(
  "reinstatePass",
  (register: PassRegister, passId: PassId, at: Date): Result.Result<PassRegister, PassRegisterError> =>
    Result.gen(() => reinstatement(register, passId, at)),
);

/** The steps of {@link reinstatePass}. */
function* reinstatement(register: PassRegister, passId: PassId, at: Date) {
  const now = yield* checkTime(at);
  const [entry, index] = yield* findEntry(register, passId);
  if (entry.status !== "suspended")
    return yield* Result.fail(
      new PassRegisterError({
        reason: "not-suspended",
        message: `pass ${JSON.stringify(passId)} is ${entry.status}, not suspended`,
        path: "passId",
        expected: "a suspended pass",
        received: entry.status,
      }),
    );
  return replaceAt(register, index, {
    pass: entry.pass,
    status: "active",
    changedAt: toIsoSecond(now),
    reason: "reinstated",
  });
}
