/**
 * A number of decimal places from a plain JS caller: a finite number truncated and clamped
 * to 0–100, or `fallback` for anything else (a string, `NaN`, a proxy). Never throws.
 *
 * @internal
 */
export const readPlaces = (value: unknown, fallback = 0): number =>
  typeof value === "number" && Number.isFinite(value) ? Math.min(100, Math.max(0, Math.trunc(value))) : fallback;
