import type { Pass } from "../issuance/PassSchema";

/**
 * What a pass token carries and a checkpoint gets back from a valid one: the pass id,
 * category, duty station, zones, station binding, escort rule and validity window. No
 * personal data at all — not even the holder's name: the badge shows the name and the photo,
 * the token only proves which pass it is.
 *
 * @example
 * ```ts
 * import type { PassClaims } from "@unsms/access-pass"
 *
 * const opens = (claims: PassClaims, zone: string) => claims.zones.includes(zone)
 * console.log(typeof opens)
 * ```
 *
 * @category tokens
 * @since 0.1.0
 */
export type PassClaims = Pick<
  Pass,
  "id" | "category" | "dutyStation" | "zones" | "stationBound" | "escortRequired" | "validFrom" | "validUntil"
>;
