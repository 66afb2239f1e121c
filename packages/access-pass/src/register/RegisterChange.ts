import type { Pass } from "../issuance/PassSchema";
import type { PassRegister } from "./PassRegisterSchema";

/**
 * What a renewal or a replacement returns: the new register and the pass to print (and
 * sign) now.
 *
 * @example
 * ```ts
 * import type { RegisterChange } from "@unsms/access-pass"
 *
 * const passOf = (change: RegisterChange) => change.pass.id
 * console.log(typeof passOf)
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
