import { describeValue } from "../errors/describeValue";

/**
 * A string argument as given, or, when a plain JS caller passed something else, a short
 * description of it ({@link describeValue}); never throws.
 *
 * @internal
 */
export const textOf = (value: unknown): string => (typeof value === "string" ? value : describeValue(value));
