/** How many allowed values an error names before it says how many more there are. */
const shown = 20;

/**
 * "one of "a", "b", "c"" for an error's `expected` or message; past 20 values, "… and N
 * more", so that an error stays small whatever the size of the list.
 *
 * @internal
 */
export const oneOf = (values: ReadonlyArray<string>): string => {
  const names = values.slice(0, shown).map((value) => JSON.stringify(value));
  return `one of ${names.join(", ")}${values.length > shown ? ` and ${values.length - shown} more` : ""}`;
};
