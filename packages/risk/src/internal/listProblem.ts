import { describeValue, isListUpTo, makeIssue, type Issue } from "@unsms/core";

/** The most threats, measures or findings one input may list (a documented limit): the schemas' and the functions' one number. @internal */
export const MAX_LIST_ITEMS = 100_000;

/**
 * The issue for a list field that is not a real array of at most 100 000 objects (an
 * array-like with a huge `length`, a string, a list of numbers), or `undefined`: the cheap
 * structural check the register and inspection functions run before they read a list.
 *
 * @internal
 */
export const listProblem = (value: unknown, path: string): Issue | undefined => {
  if (!isListUpTo(value, MAX_LIST_ITEMS))
    return makeIssue(path, `an array of at most ${MAX_LIST_ITEMS} items`, describeValue(value));
  const index = value.findIndex((item) => typeof item !== "object" || item === null);
  return index < 0 ? undefined : makeIssue(`${path}[${index}]`, "an object", describeValue(value[index]));
};
