/**
 * How the doc comments write what `console.log` prints: JavaScript-literal style, strings
 * in double quotes, bigints with `n`, arrays `[1, 2]`, objects `{ key: value }`, several
 * arguments separated by a space. `// [5, 2, 2, 1]` after `console.log(Array.from(units))`
 * is checked against `renderLogged([units])`.
 */
export const renderValue = (value: unknown, depth = 0): string => {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "bigint") return `${value}n`;
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  if (value === null || value === undefined || typeof value === "boolean") return String(value);
  if (typeof value === "function") return `[Function ${value.name}]`;
  if (typeof value === "symbol") return value.toString();
  if (depth > 6) return "…";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
  if (Array.isArray(value) || ArrayBuffer.isView(value)) {
    return `[${Array.from(value as ArrayLike<unknown>, (item) => renderValue(item, depth + 1)).join(", ")}]`;
  }
  if (value instanceof Set)
    return `Set(${value.size}) [${Array.from(value, (item) => renderValue(item, depth + 1)).join(", ")}]`;
  if (value instanceof Map) {
    return `Map(${value.size}) { ${Array.from(value, ([k, v]) => `${renderValue(k, depth + 1)} => ${renderValue(v, depth + 1)}`).join(", ")} }`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return "{}";
  const key = (k: string): string => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k));
  return `{ ${entries.map(([k, v]) => `${key(k)}: ${renderValue(v, depth + 1)}`).join(", ")} }`;
};

/** The arguments of one `console.log` call, rendered and separated by a space. */
export const renderLogged = (args: ReadonlyArray<unknown>): string => args.map((arg) => renderValue(arg)).join(" ");
