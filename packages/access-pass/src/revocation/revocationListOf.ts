import { fromIso, floorToSecond, toIsoSecond } from "../internal/time";
import type { PassRegister } from "../register/PassRegisterSchema";
import type { RevocationEntries } from "./RevocationEntries";

/**
 * The revocation list of a register at a time: every revoked or suspended pass whose
 * validity has not ended (an expired pass is refused anyway, so the list stays short),
 * sorted by id. Sign it with {@link @unsms/access-pass!node.signRevocationList | signRevocationList} and send it to the checkpoints.
 *
 * @example
 * ```ts
 * import { revocationListOf } from "@unsms/access-pass"
 *
 * console.log(revocationListOf([], new Date("2006-06-30T12:00:00Z"))) // { issuedAt: "2006-06-30T12:00:00Z", passIds: [] }
 * ```
 *
 * @category revocation
 * @since 0.1.0
 */
export const revocationListOf = (register: PassRegister, at: Date): RevocationEntries => {
  const now = floorToSecond(at.getTime());
  return {
    issuedAt: toIsoSecond(now),
    passIds: register
      .filter((entry) => entry.status !== "active" && fromIso(entry.pass.validUntil) > now)
      .map((entry) => entry.pass.id)
      .sort(),
  };
};
