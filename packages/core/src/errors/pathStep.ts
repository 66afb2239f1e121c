import { describeValue } from "./describeValue";

const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * One step of an issue's path, in the one path grammar (`docs/guides/conventions.md`,
 * "Paths"): `.key` for a key that is an identifier, `["key"]` for any other string key,
 * `[2]` for an index, `[Symbol(key)]` for a symbol. Append steps to a root to name a place:
 * `$` inside a document, an argument's name outside one (`policy.categories["ngo-annual"]`).
 * A plain JS caller's key of another kind is described in brackets; nothing is thrown.
 *
 * @example
 * ```ts
 * import { pathStep } from "@unsms/core"
 *
 * console.log(`policy.categories${pathStep("ngo-annual")}${pathStep("requirements")}${pathStep(0)}`)
 * // "policy.categories[\"ngo-annual\"].requirements[0]"
 * ```
 *
 * @category errors
 * @since 0.2.0
 */
export const pathStep = (key: PropertyKey): string => {
  if (typeof key === "string") return identifier.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
  if (typeof key === "number") return `[${key}]`;
  if (typeof key === "symbol") return `[${String(key)}]`;
  return `[${describeValue(key)}]`;
};
