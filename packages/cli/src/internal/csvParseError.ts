import { InputError } from "./CliError";

const EXCERPT_LENGTH = 10;

// csv-parse's codes, said in words; any other is "not valid CSV" with its code
const REASONS: ReadonlyMap<string, string> = new Map([
  ["INVALID_OPENING_QUOTE", "a quote inside an unquoted field"],
  ["CSV_INVALID_CLOSING_QUOTE", "a character right after a closing quote"],
  ["CSV_QUOTE_NOT_CLOSED", "a quote never closed"],
]);

const numberAt = (cause: object, key: string): number | undefined => {
  const value = (cause as Record<string, unknown>)[key];
  return typeof value === "number" && Number.isSafeInteger(value) ? value : undefined;
};

const lengthAt = (cause: object, key: string): number | undefined => {
  const value = (cause as Record<string, unknown>)[key];
  return Array.isArray(value) ? value.length : undefined;
};

/**
 * The `InputError` of a file csv-parse refused: csv-parse's code, the line, the field and at
 * most ten characters of the offending field, escaped as a JSON string — never csv-parse's
 * message, which quotes whole fields and the header line (a secrets file passed as `--csv`
 * is not echoed).
 *
 * @internal
 */
export const csvParseError = (cause: unknown, source: string, flag: string): InputError => {
  let code = "unknown";
  let where = "";
  let found: string | undefined;
  let reason = "not valid CSV";
  try {
    if (typeof cause === "object" && cause !== null) {
      const codeValue = (cause as { code?: unknown }).code;
      if (typeof codeValue === "string") code = codeValue;
      reason = REASONS.get(code) ?? reason;
      const fields = lengthAt(cause, "record");
      const columns = lengthAt(cause, "columns");
      if (code.startsWith("CSV_RECORD_") && fields !== undefined && columns !== undefined)
        reason = `a record of ${fields} field${fields === 1 ? "" : "s"} where the header has ${columns}`;
      const line = numberAt(cause, "lines");
      const index = numberAt(cause, "index");
      if (line !== undefined) where += ` at line ${line}`;
      if (index !== undefined && code === "INVALID_OPENING_QUOTE") where += `, field ${index + 1}`;
      const field = (cause as { field?: unknown }).field;
      if (typeof field === "string") {
        const chars = Array.from(field);
        found = `${JSON.stringify(chars.slice(0, EXCERPT_LENGTH).join(""))}${chars.length > EXCERPT_LENGTH ? "…" : ""}`;
      }
    }
  } catch {
    // a value that cannot be read says nothing more than "not valid CSV"
  }
  return new InputError({
    message: `${source} is not CSV: ${reason} (${code})${where}${found === undefined ? "" : `, found ${found}`}`,
    path: flag,
    expected: "a CSV file with the columns id,headcount",
    received: found ?? (where === "" ? "not CSV" : where.replace(/^ at /, "")),
  });
};
