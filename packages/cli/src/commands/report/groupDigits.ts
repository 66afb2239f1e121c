/**
 * A whole number with its thousands separated by spaces, as the report prints them:
 * `1830` → `"1 830"`.
 *
 * @internal
 */
export const groupDigits = (value: number | bigint | string): string => {
  const text = String(value);
  const sign = text.startsWith("-") ? "-" : "";
  return sign + text.slice(sign.length).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
};

/**
 * A decimal amount (`"11000000.00"`) with its whole part grouped: `"11 000 000.00"`.
 *
 * @internal
 */
export const groupMoney = (amount: string): string => {
  const [whole = "", fraction] = amount.split(".");
  return fraction === undefined ? groupDigits(whole) : `${groupDigits(whole)}.${fraction}`;
};
