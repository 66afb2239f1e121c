import type { Issue } from "@unsms/core";
import { repeats } from "./repeats";

/**
 * One issue for every id already used earlier in the same list.
 *
 * @internal
 */
export const duplicateIdIssues = (path: string, items: ReadonlyArray<{ readonly id: string }>): ReadonlyArray<Issue> =>
  repeats(items.map((item) => item.id)).map(({ index, first }) => {
    const id = JSON.stringify(items[index]?.id);
    return {
      path: `${path}[${index}].id`,
      expected: "an id not already used",
      received: id,
      message: `${path}[${index}].id: ${id} is already the id of ${path}[${first}]`,
    };
  });
