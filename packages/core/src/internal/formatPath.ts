const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Writes a path from the root `$` in JavaScript notation: `$.participants[2]["odd key"]`.
 *
 * @internal
 */
export const formatPath = (segments: ReadonlyArray<PropertyKey>): string => {
  let path = "$";
  for (const segment of segments) {
    if (typeof segment === "number") path += `[${segment}]`;
    else if (typeof segment === "symbol") path += `[${String(segment)}]`;
    else if (identifier.test(segment)) path += `.${segment}`;
    else path += `[${JSON.stringify(segment)}]`;
  }
  return path;
};
