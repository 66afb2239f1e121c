/**
 * Whether a value is a `Date` holding a real instant (not `Invalid Date`): the cheap
 * structural check pure functions make where a plain JS caller can reach them.
 *
 * @internal
 */
export const isInstant = (value: unknown): value is Date => value instanceof Date && !Number.isNaN(value.getTime());
