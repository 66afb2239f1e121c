import { listLengthUpTo } from "./listLengthUpTo";

/**
 * Whether `value` is a real array of at most `max` items, told by its `length` alone, before
 * any item is read: the one structural check of a list a plain JS caller passes, with the
 * documented size limit of its package. An array-like (`{ length: 2 }`), a string or a
 * typed array is no list, nor a proxy of an array whose `length` is not a number from 0 to
 * `max`; a sparse array claiming 2^32 − 1 items is refused at once, never
 * walked; a `max` that is not a number (a `NaN`, a string, an array whose `length` would
 * have to be joined to be compared) refuses every value. Where the list is then read, read it
 * within the length {@link listLengthUpTo} gives instead, once. Never throws, not even on a revoked
 * proxy. A list of `ReadonlyArray<T>` keeps its element type; `unknown` becomes
 * `ReadonlyArray<unknown>` (where it answers `false`, TypeScript takes the value for no list
 * at all: {@link describeValue} describes it for the issue). Checking the items, where a
 * function needs it, comes after.
 *
 * @example
 * ```ts
 * import { describeValue, isListUpTo, makeIssue } from "@unsms/core"
 *
 * const MAX_DUTY_STATIONS = 3
 * // what a plain JS caller passed: the list is checked before any station is read
 * const stationsIssue = (stations: unknown) =>
 *   isListUpTo(stations, MAX_DUTY_STATIONS)
 *     ? undefined
 *     : makeIssue("$.dutyStations", `an array of at most ${MAX_DUTY_STATIONS} items`, describeValue(stations)).message
 *
 * console.log(stationsIssue(JSON.parse('["Nairobi", "Geneva"]'))) // undefined
 * console.log(stationsIssue(JSON.parse('["Nairobi", "Geneva", "Bangkok", "Santiago"]')))
 * // "$.dutyStations: expected an array of at most 3 items, received an array of 4 items"
 * console.log(stationsIssue(JSON.parse('{ "length": 2 }')))
 * // "$.dutyStations: expected an array of at most 3 items, received an object"
 *
 * const claimed: Array<string> = []
 * claimed.length = 2 ** 32 - 1 // no item, a length of 4 294 967 295
 * console.log(isListUpTo(claimed, 1_000_000)) // false
 * ```
 *
 * @category errors
 * @since 0.2.0
 */
export const isListUpTo = <T = unknown>(
  value: ReadonlyArray<T> | NonNullable<unknown> | null | undefined,
  max: number,
): value is ReadonlyArray<T> => {
  return listLengthUpTo(value, max) >= 0;
};
