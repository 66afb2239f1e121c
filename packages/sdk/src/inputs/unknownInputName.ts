import { DecodeError, describeAllowed, describeValue, makeIssue, makeIssues } from "@unsms/core";
import { inputSchemas } from "./inputSchemas";

/**
 * The error for a name that is not one of {@link inputSchemas}' own keys (`"__proto__"`,
 * `"constructor"`, a typo, a number from a JS caller), at the argument `name`: what was
 * received as core's `describeValue` says it, the names allowed as core's
 * `describeAllowed` lists them (the first 12, then how many more).
 *
 * @internal
 */
export const unknownInputName = (name: unknown): DecodeError => {
  const received = describeValue(name);
  return new DecodeError(
    makeIssues(`unknown input ${received}`, [
      makeIssue("name", describeAllowed(Object.keys(inputSchemas).sort()), received),
    ]),
  );
};

/**
 * Whether `name` is an input's name: an own key of {@link inputSchemas}, never one it
 * inherits from `Object.prototype`.
 *
 * @internal
 */
export const isInputName = (name: unknown): name is keyof typeof inputSchemas =>
  typeof name === "string" && Object.hasOwn(inputSchemas, name);
