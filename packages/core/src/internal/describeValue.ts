const maxLength = 60;

/**
 * A short, safe description of any value for an error message. Never throws, never prints
 * more than about 60 characters of the value.
 *
 * @internal
 */
export const describeValue = (value: unknown): string => {
  switch (typeof value) {
    case "undefined":
      return "nothing (missing)";
    case "string": {
      const text = JSON.stringify(value);
      return text.length > maxLength ? `${text.slice(0, maxLength)}…" (${value.length} characters)` : text;
    }
    case "number":
    case "boolean":
      return String(value);
    case "bigint":
      return `${value}n`;
    case "symbol":
      return "a symbol";
    case "function":
      return "a function";
    default:
      if (value === null) return "null";
      try {
        if (Array.isArray(value)) return `an array of ${value.length} item${value.length === 1 ? "" : "s"}`;
      } catch {
        return "an unreadable object (a revoked proxy?)";
      }
      return "an object";
  }
};
