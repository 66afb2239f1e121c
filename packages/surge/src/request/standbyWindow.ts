import type { Cited } from "@unsms/core";

/**
 * The standby roster's deployment window: officers deployable anywhere in the world 24 to
 * 48 hours after notice (A/61/531 ¶50). A request's `withinHours` is usually one of these.
 *
 * @example
 * ```ts
 * import { standbyWindow } from "@unsms/surge"
 *
 * console.log(standbyWindow.value, standbyWindow.citation.location) // { fromHours: 24, toHours: 48 } "¶50"
 * ```
 *
 * @category request
 * @since 0.2.0
 */
export const standbyWindow: Cited<{ readonly fromHours: number; readonly toHours: number }> = {
  value: { fromHours: 24, toHours: 48 },
  citation: { document: "A/61/531", location: "¶50" },
};
