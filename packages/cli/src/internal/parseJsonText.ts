import * as Result from "effect/Result";
import { InputError } from "./CliError";
import { locateJsonError } from "./locateJsonError";

const EXCERPT_LENGTH = 10;
const isBoundary = (char: string): boolean => /[\s,:[\]{}]/.test(char);

/**
 * At most ten characters of the token at `offset`, escaped as a JSON string: all an
 * error may show of the input (a secret file passed as `--input` is not echoed).
 *
 * @internal
 */
const tokenExcerpt = (text: string, offset: number): string => {
  if (offset >= text.length) return "the end of the input";
  let end = offset + 1;
  while (end < text.length && end - offset < EXCERPT_LENGTH && !isBoundary(text.charAt(end))) end += 1;
  const more = end < text.length && !isBoundary(text.charAt(end)) ? "…" : "";
  return `${JSON.stringify(text.slice(offset, end))}${more}`;
};

/**
 * Parses the text of an input as JSON, or an `InputError` saying where it stops being
 * JSON (line, column), what was expected there and a short escaped excerpt of the
 * offending token — never the engine's message, which quotes the start of the text.
 *
 * @internal
 */
export const parseJsonText = (text: string, source: string): Result.Result<unknown, InputError> => {
  try {
    return Result.succeed(JSON.parse(text) as unknown);
  } catch {
    const { offset, expected } = locateJsonError(text);
    let line = 1;
    let lineStart = 0;
    for (let k = text.indexOf("\n"); k !== -1 && k < offset; k = text.indexOf("\n", k + 1)) {
      line += 1;
      lineStart = k + 1;
    }
    const found = tokenExcerpt(text, offset);
    return Result.fail(
      new InputError({
        message: `${source} is not JSON: expected ${expected} at line ${line}, column ${offset - lineStart + 1}, found ${found}`,
        path: "$",
        expected: "a JSON document",
        received: found,
      }),
    );
  }
};
