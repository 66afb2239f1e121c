import { isMoney, type Money } from "@unsms/core";

/**
 * A plain JS caller's value read once as a {@link Money}: a plain copy of its minor units
 * and currency, each field read once (a getter's later answers are never used), if the copy
 * is a Money core takes (`isMoney`: within `MAX_AMOUNT_DIGITS`); undefined otherwise.
 * `Object()` gives a value that is not an object (null included) neither field. A proxy
 * that throws throws through: the callers guard the reading.
 *
 * @internal
 */
export const moneyAsRead = (value: unknown): Money | undefined => {
  const { minorUnits, currency } = Object(value) as { minorUnits?: unknown; currency?: unknown };
  const money = { minorUnits, currency };
  return isMoney(money) ? money : undefined;
};
