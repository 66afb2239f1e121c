import * as Result from "effect/Result";
import { guardRegister } from "../internal/guardRegister";
import { checkTime } from "../internal/registerSupport";
import { fromIso, toIsoSecond } from "../internal/time";
import type { PassRegister } from "../register/PassRegisterSchema";
import type { PassRegisterError } from "../register/PassRegisterError";
import type { RevocationEntries } from "./RevocationEntries";

/**
 * How long after its end a revoked or suspended pass stays listed: the widest clock-skew
 * tolerance, and a checkpoint clock behind by as much — 2 × `maxClockSkewSeconds` × 1 000 ms,
 * written out (an expression at module scope is kept by a bundler; a test ties the two).
 */
const KEPT_AFTER_END_MS = 172_800_000;

/**
 * The revocation list of a register at a time: every revoked or suspended pass that some
 * checkpoint could still admit, sorted by id. A checkpoint accepts a pass until `validUntil`
 * plus its clock-skew tolerance, at most {@link @unsms/access-pass!index.maxClockSkewSeconds | maxClockSkewSeconds} (one day), read on its
 * own clock, which may run behind the pass office's by as much again; so an entry stays on
 * the list while `validUntil + 2 × maxClockSkewSeconds > at` (two days) and drops off from
 * then on, when every checkpoint refuses the pass as `expired` anyway. The list stays short,
 * and a list issued just after a pass's end never un-revokes it.
 * A time that is not a valid instant is `invalid-time`; a register that cannot be read (from
 * a plain JS caller) is `invalid-input`. Never throws.
 *
 * @example
 * ```ts
 * import { revocationListOf, type Pass, type PassRegister } from "@unsms/access-pass"
 * import * as Result from "effect/Result"
 *
 * console.log(Result.getOrThrow(revocationListOf([], new Date("2006-06-30T12:00:30.5Z")))) // { issuedAt: "2006-06-30T12:00:30Z", passIds: [] }
 * const late = revocationListOf([], new Date("not a time"))
 * if (Result.isFailure(late)) console.log(late.failure.reason) // "invalid-time"
 *
 * // a pass revoked before its end at 2007-01-01T00:00:00Z stays listed for two days after it
 * const pass = {
 *   id: "NY-1", category: "visitor", dutyStation: "New York",
 *   holder: { name: "A. Visitor", organization: "Public" }, zones: ["grounds"],
 *   stationBound: true, escortRequired: true, issuedAt: "2006-12-31T00:00:00Z",
 *   validFrom: "2006-12-31T00:00:00Z", validUntil: "2007-01-01T00:00:00Z", renewals: 0,
 * } as Pass
 * const register: PassRegister = [{ pass, status: "revoked", changedAt: "2006-12-31T09:00:00Z" }]
 * console.log(Result.getOrThrow(revocationListOf(register, new Date("2007-01-01T00:00:01Z"))).passIds) // ["NY-1"]
 * console.log(Result.getOrThrow(revocationListOf(register, new Date("2007-01-02T23:59:59Z"))).passIds) // ["NY-1"]
 * console.log(Result.getOrThrow(revocationListOf(register, new Date("2007-01-03T00:00:00Z"))).passIds) // []
 * ```
 *
 * @function
 * @category revocation
 * @since 0.1.0
 */
export const revocationListOf = /* #__PURE__ */ guardRegister(
  "revocationListOf",
  (register: PassRegister, at: Date): Result.Result<RevocationEntries, PassRegisterError> =>
    Result.map(checkTime(at), (now) => ({
      issuedAt: toIsoSecond(now),
      passIds: register
        .filter((entry) => entry.status !== "active" && fromIso(entry.pass.validUntil) + KEPT_AFTER_END_MS > now)
        .map((entry) => entry.pass.id)
        .sort(),
    })),
);
