import { isListUpTo } from "@unsms/core";
import type { Course } from "../course/Course";
import { MAX_CATALOGUE } from "./limits";

/**
 * A catalogue's courses by id, read at most once: for any id, what
 * `catalogue.find((c) => c?.id === id)` answers — the first course of that id, or
 * `undefined` — reading the catalogue only as far as `find` would (further each time an id
 * not yet seen is asked for), so that a course whose id throws when read throws for the
 * same ids as it did there. Linear in the catalogue over all the ids asked for. A
 * catalogue that is not a list of at most 1 000 courses knows no course.
 *
 * @internal
 */
export const indexCatalogue = (catalogue: unknown): ((courseId: unknown) => unknown) => {
  const list: ReadonlyArray<unknown> = isListUpTo(catalogue, MAX_CATALOGUE) ? catalogue : [];
  const first = new Map<unknown, unknown>();
  let read = 0;
  return (courseId) => {
    for (; !first.has(courseId) && read < list.length; read += 1) {
      const course = list[read];
      const id = (course as Course | null | undefined)?.id;
      // `===` never finds NaN, which is not itself
      if (!first.has(id) && id === id) first.set(id, course);
    }
    return first.get(courseId);
  };
};
