import type { Currency } from "../currency/Currency";

/** The largest currency exponent accepted: ISO 4217 has at most 4. */
const MAX_EXPONENT = 18;

/** A currency as read: the caller's object (its identity kept) and the fields read from it. */
export interface ReadCurrency {
  readonly currency: Currency;
  readonly code: string;
  readonly exponent: number;
}

/**
 * Whether a value read as a currency's exponent is one: a whole number from 0 to 18.
 *
 * @internal
 */
export const isExponent = (exponent: unknown): exponent is number =>
  Number.isInteger(exponent) && (exponent as number) >= 0 && (exponent as number) <= MAX_EXPONENT;

/**
 * Reads a value as a {@link Currency} with cheap structural checks — a string code and an
 * integer exponent from 0 to 18 — and never throws, whatever a plain JS caller passes (a
 * revoked proxy, throwing getters): `undefined` when it is not one. Each field is read once.
 *
 * @internal
 */
export const readCurrency = (value: unknown): ReadCurrency | undefined => {
  try {
    if (typeof value !== "object" || value === null) return undefined;
    const { code, exponent } = value as { readonly code?: unknown; readonly exponent?: unknown };
    return typeof code === "string" && isExponent(exponent)
      ? { currency: value as Currency, code, exponent }
      : undefined;
  } catch {
    return undefined;
  }
};
