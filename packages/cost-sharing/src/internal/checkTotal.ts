import { InvalidAmount } from "@unsms/core";

/**
 * An error when `total` is not a bigint (a caller without types may pass a number or a
 * string), undefined when it is.
 *
 * @internal
 */
export const checkTotal = (total: unknown): InvalidAmount | undefined => {
  if (typeof total === "bigint") return undefined;
  const received =
    typeof total === "number" || typeof total === "string"
      ? `${typeof total} ${String(total)}`
      : total === null
        ? "null"
        : typeof total;
  return new InvalidAmount({
    message: `$.total: the total must be a bigint number of minor units; received ${received}`,
    path: "$.total",
    expected: "a bigint number of minor units, e.g. 40000000000n",
    received,
  });
};
