import type { Course } from "../course/Course";
import { listLengthUpTo } from "@unsms/core";
import { MAX_CATALOGUE } from "./limits";

/**
 * A course of a catalogue (whatever the list holds there) and the id it was read with, once
 * (a pair, not an object: `isCertified`'s app is held to 2 kB).
 *
 * @internal
 */
export type CatalogueEntry = readonly [course: unknown, id: unknown];

/**
 * A catalogue's courses by id, read at most once: for any id, what
 * `catalogue.find((c) => c?.id === id)` answers — the first course of that id, or
 * `undefined` — reading the catalogue only as far as `find` would (further each time an id
 * not yet seen is asked for), so that a course whose id throws when read throws for the
 * same ids as it did there. Linear in the catalogue over all the ids asked for. A
 * catalogue that is not a list of at most 1 000 courses knows no course. Each course comes with
 * the id it was found by, read once: a course's `id` is not read again (a getter could answer
 * another id, and the record would then be searched for another course).
 *
 * @internal
 */
export const indexCatalogue = (catalogue: unknown): ((courseId: unknown) => CatalogueEntry | undefined) => {
  // the length checked, read once (-1, no course, for what is not a list of at most MAX_CATALOGUE)
  const length = listLengthUpTo(catalogue, MAX_CATALOGUE);
  const first = new Map<unknown, CatalogueEntry>();
  let read = 0;
  return (courseId) => {
    for (; !first.has(courseId) && read < length; read += 1) {
      const course = (catalogue as ReadonlyArray<unknown>)[read];
      const id = (course as Course | null | undefined)?.id;
      // `===` never finds NaN, which is not itself
      if (!first.has(id) && id === id) first.set(id, [course, id]);
    }
    return first.get(courseId);
  };
};
