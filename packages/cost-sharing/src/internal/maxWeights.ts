/**
 * The most weights (participants) one apportionment takes: 2^27 = 134 217 728, a GiB as a
 * Float64Array. A list said to be longer is refused up front, before anything is read
 * or allocated (an object claiming a length of 2^32 − 1 would otherwise keep the process
 * busy for minutes or end it).
 *
 * @internal
 */
export const MAX_WEIGHTS = 134_217_728; // 2 ** 27 at module scope is kept by a bundler
