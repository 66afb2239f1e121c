/**
 * An officer the plan sends: to which need, from where, how long the journey takes and
 * when the officer arrives.
 *
 * @example
 * ```ts
 * import type { SelectedOfficer } from "@unsms/surge"
 *
 * const pick: SelectedOfficer = { officer: "fso-014", need: "close-protection", homeStation: "Amman", travelHours: 14, arrivesAt: new Date("2006-07-14T20:00:00Z") }
 * console.log(pick.arrivesAt.toISOString()) // "2006-07-14T20:00:00.000Z"
 * ```
 *
 * @category plan
 * @since 0.2.0
 */
export interface SelectedOfficer {
  /** The officer's id. */
  readonly officer: string;
  /** The need the officer fills. */
  readonly need: string;
  /** Where the officer travels from. */
  readonly homeStation: string;
  /** Hours of travel. */
  readonly travelHours: number;
  /** When the officer arrives: notification (or the start of availability, if later) plus travel. */
  readonly arrivesAt: Date;
}

/**
 * How many officers on the roster meet one requirement of a need, taken alone: the funnel
 * that says why a need is unmet.
 *
 * @example
 * ```ts
 * import type { RequirementCount } from "@unsms/surge"
 *
 * const arabic: RequirementCount = { requirement: "language", value: "ar", officersMeeting: 1 }
 * console.log(arabic.officersMeeting) // 1
 * ```
 *
 * @category plan
 * @since 0.2.0
 */
export interface RequirementCount {
  /** The kind of requirement. */
  readonly requirement: "skill" | "language" | "course" | "grade" | "availability" | "arrival";
  /** Its value: the skill, language, course id, grades joined with `|`, the end of the deployment, the deadline. */
  readonly value: string;
  /** Officers on the roster who meet it. */
  readonly officersMeeting: number;
}

/**
 * A need the plan cannot fill entirely, and why: `too-few-eligible` when fewer officers
 * meet all its requirements than it asks for, `eligible-officers-serve-earlier-needs` when
 * enough do but some fill needs listed before it. `requirements` counts the officers
 * meeting each requirement alone.
 *
 * @example
 * ```ts
 * import type { UnmetNeed } from "@unsms/surge"
 *
 * const show = (unmet: UnmetNeed) => `${unmet.need}: ${unmet.short} short (${unmet.reason})`
 * console.log(show({ need: "medic", requested: 2, assigned: 1, short: 1, eligible: 1, reason: "too-few-eligible", requirements: [], message: "" }))
 * // "medic: 1 short (too-few-eligible)"
 * ```
 *
 * @category plan
 * @since 0.2.0
 */
export interface UnmetNeed {
  /** The need's id. */
  readonly need: string;
  /** Officers asked for. */
  readonly requested: number;
  /** Officers the plan sends. */
  readonly assigned: number;
  /** requested − assigned. */
  readonly short: number;
  /** Officers who meet every requirement of the need. */
  readonly eligible: number;
  /** Why the need is short. */
  readonly reason: "too-few-eligible" | "eligible-officers-serve-earlier-needs";
  /** Officers meeting each requirement alone, in the order: skills, languages, courses, grades, availability, arrival. */
  readonly requirements: ReadonlyArray<RequirementCount>;
  /** The same in words. */
  readonly message: string;
}

/**
 * The answer of {@link planDeployment}: the officers sent (in the order of the needs, then
 * by arrival) and every need not filled, with why. The arrival deadline is notification +
 * `withinHours`.
 *
 * @example
 * ```ts
 * import type { SurgePlan } from "@unsms/surge"
 *
 * const complete = (plan: SurgePlan) => plan.unmet.length === 0
 * console.log(complete({ arriveBy: new Date("2006-07-16T06:00:00Z"), selected: [], unmet: [] })) // true
 * ```
 *
 * @category plan
 * @since 0.2.0
 */
export interface SurgePlan {
  /** Notification + the window. */
  readonly arriveBy: Date;
  /** The officers sent. */
  readonly selected: ReadonlyArray<SelectedOfficer>;
  /** The needs not filled, in the request's order. */
  readonly unmet: ReadonlyArray<UnmetNeed>;
}
