import type { PersonId } from "@unsms/core";

/**
 * The person holding a post (checked at the boundary by `IncumbentSchema` of `@unsms/staffing/schema`).
 *
 * @example
 * ```ts
 * import type { Incumbent } from "@unsms/staffing"
 *
 * const incumbent: Incumbent = { gender: "woman", nationality: "CL" }
 * console.log(incumbent.gender)
 * ```
 *
 * @category vocabulary
 * @since 0.1.0
 */
export interface Incumbent {
  /** The staff member's id, when the table records it. */
  readonly person?: PersonId | undefined;
  /** The incumbent's gender, when recorded. */
  readonly gender?: "woman" | "man" | undefined;
  /** The incumbent's nationality (country code or name), when recorded. */
  readonly nationality?: string | undefined;
}
