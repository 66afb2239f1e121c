import type { Money } from "@unsms/core";

/**
 * Whether a value has the shape of a {@link Money}: bigint minor units and a currency
 * with a code and an exponent. A getter or a proxy that throws throws through it: its
 * callers guard the reading.
 *
 * @internal
 */
export const isMoney = (value: unknown): value is Money => {
  if (typeof value !== "object" || value === null) return false;
  const { minorUnits, currency } = value as { minorUnits?: unknown; currency?: unknown };
  if (typeof minorUnits !== "bigint" || typeof currency !== "object" || currency === null) return false;
  const { code, exponent } = currency as { code?: unknown; exponent?: unknown };
  return typeof code === "string" && typeof exponent === "number";
};
