import * as Result from "effect/Result";
import { InputError } from "./CliError";
import { utf8ErrorOffset } from "./utf8ErrorOffset";

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * The text of an input read as bytes (or given as text by an embedder's `CliIo`): strict
 * UTF-8 — an invalid byte is refused with its offset, never replaced by U+FFFD — with a
 * leading byte order mark dropped, the same for JSON, CSV and PEM.
 *
 * @internal
 */
export const decodeUtf8 = (input: string | Uint8Array, source: string): Result.Result<string, InputError> => {
  let text: string;
  if (typeof input === "string") {
    text = input;
  } else {
    try {
      text = decoder.decode(input);
    } catch {
      const offset = utf8ErrorOffset(input);
      const byte = (input[offset] ?? 0).toString(16).padStart(2, "0");
      return Result.fail(
        new InputError({
          message: `${source} is not UTF-8: invalid byte 0x${byte} at byte offset ${offset}`,
          path: "$",
          expected: "UTF-8 text",
          received: `byte 0x${byte} at offset ${offset}`,
        }),
      );
    }
  }
  return Result.succeed(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
};
