import * as Result from "effect/Result";
import type { Pass } from "../issuance/PassSchema";
import type { PassRegister } from "./PassRegisterSchema";
import { PassRegisterError } from "./PassRegisterError";
import { guardRegister } from "../internal/guardRegister";

/**
 * Adds an issued pass to the register as `active` (its status dated from its issuing
 * time). A pass whose id is already in the register is a `duplicate`: a serial is used once.
 *
 * @example
 * ```ts
 * import { registerPass, type Pass } from "@unsms/access-pass"
 * import * as Result from "effect/Result"
 *
 * const pass = {
 *   id: "NY-000001", category: "visitor", dutyStation: "New York",
 *   holder: { name: "A. Visitor", organization: "Public" }, zones: ["grounds"],
 *   stationBound: true, escortRequired: true, issuedAt: "2006-06-30T12:00:00Z",
 *   validFrom: "2006-06-30T12:00:00Z", validUntil: "2006-07-01T12:00:00Z", renewals: 0,
 * } as Pass
 * const register = Result.getOrThrow(registerPass([], pass))
 * console.log(register[0]?.status, register[0]?.changedAt) // "active" "2006-06-30T12:00:00Z"
 * const again = registerPass(register, pass)
 * if (Result.isFailure(again)) console.log(again.failure.reason) // "duplicate"
 * ```
 *
 * @function
 * @category register
 * @since 0.1.0
 */
export const registerPass = /* #__PURE__ */ guardRegister(
  "registerPass",
  (register: PassRegister, pass: Pass): Result.Result<PassRegister, PassRegisterError> =>
    register.some((entry) => entry.pass.id === pass.id)
      ? Result.fail(
          new PassRegisterError({
            reason: "duplicate",
            message: `pass ${JSON.stringify(pass.id)} is already in the register`,
            path: "pass.id",
            expected: "a serial not yet used",
            received: pass.id,
          }),
        )
      : Result.succeed([...register, { pass, status: "active", changedAt: pass.issuedAt }]),
);
