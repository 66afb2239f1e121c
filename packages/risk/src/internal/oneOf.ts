/**
 * "one of "a", "b", "c"" for an error's `expected`.
 *
 * @internal
 */
export const oneOf = (values: ReadonlyArray<string>): string => `one of ${values.map((value) => JSON.stringify(value)).join(", ")}`;
