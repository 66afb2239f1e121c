import { DecodeError, makeIssue, makeIssues } from "@unsms/core";
import { inputSchemas } from "./inputSchemas";

const describeName = (name: unknown): string => {
  if (typeof name !== "string") return name === null ? "null" : typeof name;
  return JSON.stringify(name.length > 40 ? `${name.slice(0, 40)}…` : name);
};

/**
 * The error for a name that is not one of {@link inputSchemas}' own keys (`"__proto__"`,
 * `"constructor"`, a typo, a number from a JS caller).
 *
 * @internal
 */
export const unknownInputName = (name: unknown): DecodeError => {
  const names = Object.keys(inputSchemas).sort();
  const received = describeName(name);
  return new DecodeError(
    makeIssues(`unknown input ${received}`, [makeIssue("$name", `one of ${names.join(", ")}`, received)]),
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
