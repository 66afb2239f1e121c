import type { Pass } from "../issuance/PassSchema";

/**
 * What a pass token carries and a checkpoint gets back from a valid one: the pass id,
 * category, duty station, zones, station binding, escort rule and validity window. No
 * personal data at all — not even the holder's name: the badge shows the name and the photo,
 * the token only proves which pass it is.
 *
 * @example
 * ```ts
 * import { passClaimsOf, type Pass, type PassClaims } from "@unsms/access-pass"
 *
 * const opens = (claims: PassClaims, zone: string) => claims.zones.includes(zone)
 * const pass = {
 *   id: "NY-000001", category: "visitor", dutyStation: "New York",
 *   holder: { name: "A. Visitor", organization: "Public" }, zones: ["grounds"],
 *   stationBound: true, escortRequired: true, issuedAt: "2006-06-30T12:00:00Z",
 *   validFrom: "2006-06-30T12:00:00Z", validUntil: "2006-07-01T12:00:00Z", renewals: 0,
 * } as Pass
 * console.log(opens(passClaimsOf(pass), "grounds"), opens(passClaimsOf(pass), "conference")) // true false
 * ```
 *
 * @category tokens
 * @since 0.1.0
 */
export type PassClaims = Pick<
  Pass,
  "id" | "category" | "dutyStation" | "zones" | "stationBound" | "escortRequired" | "validFrom" | "validUntil"
>;
