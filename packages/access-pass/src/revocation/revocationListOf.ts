import * as Result from "effect/Result";
import { guardRegister } from "../internal/guardRegister";
import { checkTime } from "../internal/registerSupport";
import { fromIso, toIsoSecond } from "../internal/time";
import type { PassRegister } from "../register/PassRegisterSchema";
import type { PassRegisterError } from "../register/PassRegisterError";
import type { RevocationEntries } from "./RevocationEntries";

/**
 * The revocation list of a register at a time: every revoked or suspended pass whose
 * validity has not ended (an expired pass is refused anyway, so the list stays short),
 * sorted by id. Sign it with {@link @unsms/access-pass!node.signRevocationList | signRevocationList} and send it to the checkpoints.
 * A time that is not a valid instant is `invalid-time`; a register that cannot be read (from
 * a plain JS caller) is `invalid-input`. Never throws.
 *
 * @example
 * ```ts
 * import { revocationListOf } from "@unsms/access-pass"
 * import * as Result from "effect/Result"
 *
 * console.log(Result.getOrThrow(revocationListOf([], new Date("2006-06-30T12:00:30.5Z")))) // { issuedAt: "2006-06-30T12:00:30Z", passIds: [] }
 * const late = revocationListOf([], new Date("not a time"))
 * if (Result.isFailure(late)) console.log(late.failure.reason) // "invalid-time"
 * ```
 *
 * @category revocation
 * @since 0.1.0
 */
export const revocationListOf = /* #__PURE__ */ guardRegister(
  "revocationListOf",
  (register: PassRegister, at: Date): Result.Result<RevocationEntries, PassRegisterError> =>
    Result.map(checkTime(at), (now) => ({
      issuedAt: toIsoSecond(now),
      passIds: register
        .filter((entry) => entry.status !== "active" && fromIso(entry.pass.validUntil) > now)
        .map((entry) => entry.pass.id)
        .sort(),
    })),
);
