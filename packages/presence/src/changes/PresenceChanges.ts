import type { PersonId } from "@unsms/core";
import type { PresentPerson } from "../census/PresentPerson";

/**
 * What changed between two instants ({@link changesBetween}): who arrived (present at
 * `to` only), who left (present at `from` only), who is present at both but changed duty
 * station, organization or category (`before` and `after`), and how many stayed as they
 * were. Every list is sorted by person id.
 *
 * @example
 * ```ts
 * import type { PresenceChanges } from "@unsms/presence"
 *
 * const none: PresenceChanges = {
 *   from: new Date("2006-01-01T00:00:00Z"), to: new Date("2006-06-30T00:00:00Z"),
 *   arrived: [], departed: [], changed: [], unchanged: 0,
 * }
 * console.log(none.arrived.length) // 0
 * ```
 *
 * @category changes
 * @since 0.2.0
 */
export interface PresenceChanges {
  /** The earlier instant. */
  readonly from: Date;
  /** The later instant. */
  readonly to: Date;
  /** Present at `to`, not at `from`. */
  readonly arrived: ReadonlyArray<PresentPerson>;
  /** Present at `from`, not at `to`. */
  readonly departed: ReadonlyArray<PresentPerson>;
  /** Present at both, with another duty station, organization or category. */
  readonly changed: ReadonlyArray<{
    readonly person: PersonId;
    readonly before: PresentPerson;
    readonly after: PresentPerson;
  }>;
  /** Present at both as before. */
  readonly unchanged: number;
}
