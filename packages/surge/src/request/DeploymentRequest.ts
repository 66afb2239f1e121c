/**
 * One need of a deployment request: how many officers, with which skills, languages,
 * courses and (optionally) grades. An officer fills it when the officer has every skill,
 * speaks every language and holds every course (valid at notification) listed, and has one
 * of the grades when grades are listed.
 *
 * @example
 * ```ts
 * import type { DeploymentNeed } from "@unsms/surge"
 *
 * const need: DeploymentNeed = { id: "close-protection", count: 2, skills: ["close-protection"], languages: ["ar"], courses: [] }
 * console.log(need.count) // 2
 * ```
 *
 * @category request
 * @since 0.2.0
 */
export interface DeploymentNeed {
  /** The need's id, unique in the request. */
  readonly id: string;
  /** How many officers. */
  readonly count: number;
  /** Skills every officer must have. */
  readonly skills: ReadonlyArray<string>;
  /** Languages every officer must speak. */
  readonly languages: ReadonlyArray<string>;
  /** Ids of courses every officer must hold, valid at notification (`@unsms/training`). */
  readonly courses: ReadonlyArray<string>;
  /** When listed, the grades an officer may have. */
  readonly grades?: ReadonlyArray<string> | undefined;
}

/**
 * The travel time from a home station to the request's destination, in hours, door to
 * door (input data: the SDK has no map).
 *
 * @example
 * ```ts
 * import type { TravelTime } from "@unsms/surge"
 *
 * const fromNairobi: TravelTime = { from: "Nairobi", hours: 9 }
 * console.log(fromNairobi.hours) // 9
 * ```
 *
 * @category request
 * @since 0.2.0
 */
export interface TravelTime {
  /** The home station. */
  readonly from: string;
  /** Hours from notice to arrival at the destination when leaving at once. */
  readonly hours: number;
}

/**
 * A request to deploy standby officers: where, the instant of notification, the window
 * (hours after notification by which they must arrive; ¶50: 24 to 48), until when they are
 * needed, the needs in order of priority, and the travel times to the destination.
 *
 * @example
 * ```ts
 * import type { DeploymentRequest } from "@unsms/surge"
 *
 * const request: DeploymentRequest = {
 *   destination: "Beirut", notifiedAt: new Date("2006-07-14T06:00:00Z"), withinHours: 48,
 *   needs: [{ id: "crisis-management", count: 1, skills: ["crisis-management"], languages: ["fr"], courses: [] }],
 *   travel: [{ from: "Amman", hours: 14 }],
 * }
 * console.log(request.needs.length) // 1
 * ```
 *
 * @category request
 * @since 0.2.0
 */
export interface DeploymentRequest {
  /** The duty station to deploy to. */
  readonly destination: string;
  /** When the officers are notified. */
  readonly notifiedAt: Date;
  /** Hours after notification by which every selected officer must arrive. */
  readonly withinHours: number;
  /** Until when the officers are needed; each must be available until then (default: the arrival deadline). */
  readonly until?: Date | undefined;
  /** The needs, in order of priority: an earlier need is filled first. */
  readonly needs: ReadonlyArray<DeploymentNeed>;
  /**
   * Travel times from home stations, door to door; a station listed twice counts with its first time. An officer at
   * the destination needs none unless the list gives the destination a time (then that time is used); one from a
   * station not listed cannot be planned.
   */
  readonly travel: ReadonlyArray<TravelTime>;
}
