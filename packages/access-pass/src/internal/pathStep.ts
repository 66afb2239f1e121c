/**
 * `key` as a step of an issue's path: `.key` for an identifier, `["key"]` otherwise
 * (`policy.categories["ngo-annual"]`).
 *
 * @internal
 */
export const pathStep = (key: string): string =>
  /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
