/** How many people a message names before it counts the rest. */
const shown = 5;

/**
 * People for a message: every one when there are at most 5 (`A or B`), else the first 5
 * and how many more (`A, B, C, D, E and 3995 more`), so that a violation's message stays
 * small however many people an arrangement gives a role.
 *
 * @internal
 */
export const nameFew = (ids: ReadonlyArray<string>, describe: (id: string) => string, separator: string): string =>
  ids.length <= shown
    ? ids.map(describe).join(separator)
    : `${ids.slice(0, shown).map(describe).join(", ")} and ${ids.length - shown} more`;
