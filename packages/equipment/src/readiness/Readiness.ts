import type { DutyStationId } from "@unsms/core";

/**
 * One shortfall at a duty station: the kit's `item`, the quantity `required`, how many are
 * `ready` (serviceable), how many are `short`, and how many more the station holds but not
 * ready, by state (`in-repair`, `unserviceable`, `deployed`) — what repairs or returns could
 * close.
 *
 * @example
 * ```ts
 * import type { ReadinessGap } from "@unsms/equipment"
 *
 * const gap: ReadinessGap = { item: "SAT-PHONE", required: 2, ready: 1, short: 1, notReady: { "in-repair": 1 } }
 * console.log(gap.short) // 1
 * ```
 *
 * @category readiness
 * @since 0.2.0
 */
export interface ReadinessGap {
  /** The kit's item. */
  readonly item: string;
  /** Required by the kit. */
  readonly required: number;
  /** Held serviceable. */
  readonly ready: number;
  /** `required − ready`, more than zero. */
  readonly short: number;
  /** Held in another state, by state (states with none left out). */
  readonly notReady: Readonly<Partial<Record<"in-repair" | "unserviceable" | "deployed", number>>>;
}

/**
 * The readiness of every assessed duty station against a kit ({@link readinessGaps}):
 * stations sorted by id, each with its gaps in the kit's order (none when ready), and the
 * count of stations not ready.
 *
 * @example
 * ```ts
 * import type { Readiness } from "@unsms/equipment"
 *
 * const readiness: Readiness = { kit: "field office", stations: [], notReady: 0 }
 * console.log(readiness.notReady) // 0
 * ```
 *
 * @category readiness
 * @since 0.2.0
 */
export interface Readiness {
  /** The kit's name. */
  readonly kit: string;
  /** One per assessed station, sorted by id. */
  readonly stations: ReadonlyArray<{
    readonly dutyStation: DutyStationId;
    readonly ready: boolean;
    readonly gaps: ReadonlyArray<ReadinessGap>;
  }>;
  /** How many stations have at least one gap. */
  readonly notReady: number;
}
