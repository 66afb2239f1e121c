/**
 * The length of a real array of at most `max` items, read once, or `-1` for anything else:
 * {@link isListUpTo} answering with the length it checked. A function that walks a list a
 * plain JS caller passed reads it by index within this length, and never reads its `length`
 * again (a proxy of an array can answer otherwise the second time: a list checked at 3 items
 * read as 500). A `length` that is not a number from 0 to `max` (a proxy's `-1`, `NaN` or
 * `"2"`) and a `max` that is not a number give `-1`; `-1` reads as no item in a loop
 * `for (let i = 0; i < length; i++)`. Never throws, not even on a revoked proxy.
 *
 * @example
 * ```ts
 * import { listLengthUpTo } from "@unsms/core"
 *
 * const MAX_ZONES = 3
 * // what a plain JS caller passed: counted once, then read by index within that count
 * const zonesOf = (given: unknown): Array<unknown> | undefined => {
 *   const length = listLengthUpTo(given, MAX_ZONES)
 *   if (length < 0) return undefined
 *   const zones: Array<unknown> = []
 *   for (let index = 0; index < length; index++) zones.push((given as ReadonlyArray<unknown>)[index])
 *   return zones
 * }
 *
 * console.log(listLengthUpTo(JSON.parse('["lobby", "car park"]'), MAX_ZONES)) // 2
 * console.log(zonesOf(JSON.parse('["lobby", "car park"]'))) // ["lobby", "car park"]
 * console.log(zonesOf(JSON.parse('["a", "b", "c", "d"]'))) // undefined
 * console.log(listLengthUpTo({ length: 2 }, MAX_ZONES)) // -1
 * ```
 *
 * @category errors
 * @since 0.2.0
 */
export const listLengthUpTo = (value: unknown, max: number): number => {
  // the type of `max` first: comparing a hostile one would convert it (an array joins its items)
  if (typeof max !== "number") return -1;
  try {
    if (!Array.isArray(value)) return -1;
    // a proxy of an array can answer any `length`: only a number is compared
    const length: unknown = value.length;
    return typeof length === "number" && length >= 0 && length <= max ? length : -1;
  } catch {
    return -1; // a revoked proxy, or a proxy whose `length` throws
  }
};
