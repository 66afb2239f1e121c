import { presenceCategories, type PresenceCategory } from "../record/presenceCategories";

/**
 * Whether `value` is one of the {@link presenceCategories} (five: a search of the list is as
 * quick as a set's, and leaves nothing to build when the package loads). @internal
 */
export const isPresenceCategory = (value: unknown): value is PresenceCategory =>
  (presenceCategories as ReadonlyArray<unknown>).includes(value);
