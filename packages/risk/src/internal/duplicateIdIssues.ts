import type { Issue } from "@unsms/core";

/**
 * One issue for every id already used earlier in the same list.
 *
 * @internal
 */
export const duplicateIdIssues = (
  path: string,
  items: ReadonlyArray<{ readonly id: string }>,
): ReadonlyArray<Issue> => {
  const seen = new Map<string, number>();
  const issues: Array<Issue> = [];
  items.forEach((item, index) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, index);
    else
      issues.push({
        path: `${path}[${index}].id`,
        expected: "an id not already used",
        received: JSON.stringify(item.id),
        message: `${path}[${index}].id: ${JSON.stringify(item.id)} is already the id of ${path}[${first}]`,
      });
  });
  return issues;
};
