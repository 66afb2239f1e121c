import type { Ratio } from "../ratio/Ratio";

/**
 * Reads a value as a {@link Ratio} with cheap structural checks — a `bigint` numerator and a
 * positive `bigint` denominator — and never throws, whatever a plain JS caller passes (a
 * revoked proxy, throwing getters): `undefined` when it is not one. Each field is read once.
 *
 * @internal
 */
export const readRatio = (value: unknown): Ratio | undefined => {
  try {
    if (typeof value !== "object" || value === null) return undefined;
    const { numerator, denominator } = value as { readonly numerator?: unknown; readonly denominator?: unknown };
    return typeof numerator === "bigint" && typeof denominator === "bigint" && denominator > 0n
      ? { numerator, denominator }
      : undefined;
  } catch {
    return undefined;
  }
};
