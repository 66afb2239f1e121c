import type { Pass } from "../issuance/PassSchema";
import type { PassRegister } from "./PassRegisterSchema";

/**
 * What a renewal or a replacement returns: the new register and the pass to print (and
 * sign) now.
 *
 * @example
 * ```ts
 * import { defaultPassPolicy, registerPass, renewPass, type Pass, type RegisterChange } from "@unsms/access-pass"
 * import * as Result from "effect/Result"
 *
 * const pass = {
 *   id: "NY-000002", category: "ngo-temporary", dutyStation: "New York",
 *   holder: { name: "T. Delegate", organization: "Example NGO" }, zones: ["grounds"],
 *   stationBound: true, escortRequired: false, issuedAt: "2006-03-01T09:00:00Z",
 *   validFrom: "2006-03-01T09:00:00Z", validUntil: "2006-06-01T09:00:00Z", renewals: 0,
 * } as Pass
 * const register = Result.getOrThrow(registerPass([], pass))
 * const change: RegisterChange = Result.getOrThrow(renewPass(register, pass.id, defaultPassPolicy, new Date("2006-05-20T09:00:00Z")))
 * console.log(change.pass.renewals, change.pass.validUntil, change.register.length) // 1 "2006-08-20T09:00:00Z" 1
 * ```
 *
 * @category register
 * @since 0.1.0
 */
export interface RegisterChange {
  /** The register after the operation. */
  readonly register: PassRegister;
  /** The renewed or replacement pass. */
  readonly pass: Pass;
}
