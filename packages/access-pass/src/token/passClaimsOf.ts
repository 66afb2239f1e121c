import type { Pass } from "../issuance/PassSchema";
import type { PassClaims } from "./PassClaims";

/**
 * The claims of a pass: what its token carries ({@link PassClaims}), without the holder.
 *
 * @example
 * ```ts
 * import { passClaimsOf, type Pass } from "@unsms/access-pass"
 *
 * const claimsOf = (pass: Pass) => passClaimsOf(pass)
 * console.log(typeof claimsOf)
 * ```
 *
 * @category tokens
 * @since 0.1.0
 */
export const passClaimsOf = (pass: Pass): PassClaims => ({
  id: pass.id,
  category: pass.category,
  dutyStation: pass.dutyStation,
  zones: pass.zones,
  stationBound: pass.stationBound,
  escortRequired: pass.escortRequired,
  validFrom: pass.validFrom,
  validUntil: pass.validUntil,
});
