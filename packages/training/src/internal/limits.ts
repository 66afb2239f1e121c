/**
 * The documented size limits of training's inputs, the same for the schemas and for the
 * structural checks of the pure functions (a list's `length` is compared before any loop,
 * so a sparse array claiming 2^32 − 1 items costs nothing).
 *
 * @internal
 */
/** Most completions a training record lists. */
export const MAX_COMPLETED = 1000;
/** Most courses a catalogue lists. */
export const MAX_CATALOGUE = 1000;
/** Most courses that renew one course. */
export const MAX_RENEWED_BY = 100;
/** Most months a completion stays valid (a hundred years). */
export const MAX_VALID_FOR_MONTHS = 1200;
/** Most appointment rules `mayAppoint` reads. */
export const MAX_REQUIREMENTS = 1000;
/** Most courses one appointment rule requires. */
export const MAX_REQUIRED_COURSES = 1000;
