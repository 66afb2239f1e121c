import type { PassId } from "@unsms/core";
import * as Result from "effect/Result";
import { activeEntryAt, replaceAt } from "../internal/registerSupport";
import { toIsoSecond } from "../internal/time";
import { validityEnd } from "../internal/validityEnd";
import type { PassPolicy } from "../policy/PassPolicySchema";
import type { PassRegister } from "./PassRegisterSchema";
import { PassRegisterError } from "./PassRegisterError";
import type { RegisterChange } from "./RegisterChange";
import { guardRegister } from "../internal/guardRegister";

/**
 * Renews an active pass at the given time: same id, a new window from that time to the
 * category's maximum validity, one more renewal counted. Refused when the category allows
 * no more renewals (`renewal-limit`: NGO temporary passes are renewable once, annual passes
 * never — a new year means a new pass), or the pass is not active.
 *
 * @example
 * ```ts
 * import { defaultPassPolicy, renewPass, type PassRegister } from "@unsms/access-pass"
 * import { decode, PassIdSchema } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * const register: PassRegister = []
 * const id = Result.getOrThrow(decode(PassIdSchema, "GE-1"))
 * const result = renewPass(register, id, defaultPassPolicy, new Date("2006-04-01T00:00:00Z"))
 * if (Result.isFailure(result)) console.log(result.failure.reason) // "not-found"
 * ```
 *
 * @function
 * @category register
 * @since 0.1.0
 */
export const renewPass = /* #__PURE__ */ guardRegister(
  "renewPass",
  (
    register: PassRegister,
    passId: PassId,
    policy: PassPolicy,
    at: Date,
  ): Result.Result<RegisterChange, PassRegisterError> => Result.gen(() => renewal(register, passId, policy, at)),
);

/** The steps of {@link renewPass}. */
function* renewal(register: PassRegister, passId: PassId, policy: PassPolicy, at: Date) {
  const { now, entry, index } = yield* activeEntryAt(register, passId, at, "renewed");
  const rule = policy.categories[entry.pass.category];
  if (entry.pass.renewals >= rule.maxRenewals)
    return yield* Result.fail(
      new PassRegisterError({
        reason: "renewal-limit",
        message: `pass ${JSON.stringify(passId)} was renewed ${entry.pass.renewals} time(s); ${rule.label} passes may be renewed ${rule.maxRenewals} time(s)`,
        path: "passId",
        expected: `at most ${rule.maxRenewals} renewal(s)`,
        received: `${entry.pass.renewals + 1}`,
      }),
    );
  const pass = {
    ...entry.pass,
    validFrom: toIsoSecond(now),
    validUntil: toIsoSecond(validityEnd(rule.maxValidity, now)),
    renewals: entry.pass.renewals + 1,
  };
  return {
    register: replaceAt(register, index, { ...entry, pass, changedAt: toIsoSecond(now), reason: "renewed" }),
    pass,
  };
}
