import { addIssue, type IssueList } from "@unsms/core";
import { repeats } from "./repeats";

/**
 * Adds to `list` one issue for every id already used earlier in the same list, in list
 * order. Linear; issues past the list's first `MAX_ISSUES` are only counted.
 *
 * @internal
 */
export const addDuplicateIdIssues = (
  list: IssueList,
  path: string,
  items: ReadonlyArray<{ readonly id: string }>,
): void => {
  for (const { index, first } of repeats(items.map((item) => item.id))) {
    addIssue(list, () => {
      const id = JSON.stringify(items[index]?.id);
      return {
        path: `${path}[${index}].id`,
        expected: "an id not already used",
        received: id,
        message: `${path}[${index}].id: ${id} is already the id of ${path}[${first}]`,
      };
    });
  }
};
