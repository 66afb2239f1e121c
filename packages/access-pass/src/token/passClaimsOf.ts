import { readOrElse } from "@unsms/core";
import type { Pass } from "../issuance/PassSchema";
import type { PassClaims } from "./PassClaims";

/**
 * The claims of a pass: what its token carries ({@link PassClaims}), without the holder.
 *
 * Total, as a projection: it never throws. Given a value that is not a {@link Pass} (a plain
 * JS caller's), a field it lacks or that cannot be read (a revoked proxy, a throwing getter)
 * comes out `undefined` — and a token signed from such claims is `""`
 * ({@link @unsms/access-pass!node.signPassToken | signPassToken}).
 *
 * @example
 * ```ts
 * import { passClaimsOf, type Pass } from "@unsms/access-pass"
 *
 * const pass = {
 *   id: "NY-000001", category: "visitor", dutyStation: "New York",
 *   holder: { name: "A. Visitor", organization: "Public" }, zones: ["grounds"],
 *   stationBound: true, escortRequired: true, issuedAt: "2006-06-30T12:00:00Z",
 *   validFrom: "2006-06-30T12:00:00Z", validUntil: "2006-07-01T12:00:00Z", renewals: 0,
 * } as Pass
 * console.log("holder" in passClaimsOf(pass), passClaimsOf(pass).validUntil) // false "2006-07-01T12:00:00Z"
 * console.log(passClaimsOf(null as never).id) // undefined
 * ```
 *
 * @category tokens
 * @since 0.1.0
 */
export const passClaimsOf = (pass: Pass): PassClaims => {
  const read = <K extends keyof PassClaims>(key: K): PassClaims[K] =>
    readOrElse(
      () => pass[key],
      () => undefined as never,
    );
  return {
    id: read("id"),
    category: read("category"),
    dutyStation: read("dutyStation"),
    zones: read("zones"),
    stationBound: read("stationBound"),
    escortRequired: read("escortRequired"),
    validFrom: read("validFrom"),
    validUntil: read("validUntil"),
  };
};
