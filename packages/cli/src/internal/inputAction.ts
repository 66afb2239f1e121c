import type * as Result from "effect/Result";
import type * as z from "zod";
import type { TaggedErrorLike } from "@unsms/sdk";
import { decodeInput, type InputName, type inputSchemas } from "@unsms/sdk/schema";
import type { CommandContext } from "../CommandContext";
import type { Outcome } from "../Outcome";

/**
 * The input `name` as `readDecoded` gives it: the decoded document, or why it could not be read.
 *
 * @internal
 */
export type DecodedInput<N extends InputName> = Result.Result<z.output<(typeof inputSchemas)[N]>, TaggedErrorLike>;

/**
 * The action of a command whose input is one named document (`unsms schema NAME`): reads
 * `--input` (standard input when absent or `-`) with `readDecoded`, decodes it with the
 * sdk's `decodeInput`, and prints what `answer` makes of it and of the command's options.
 * `answer` gets the input as a `Result`, so that it says which failure comes first (a bad
 * `--at` before bad input, say).
 *
 * @internal
 */
export const inputAction =
  <N extends InputName, O extends { readonly input?: string | undefined }>(
    context: CommandContext,
    name: N,
    answer: (input: DecodedInput<N>, options: O) => Result.Result<Outcome, TaggedErrorLike>,
  ) =>
  async (options: O): Promise<void> =>
    context.respond(answer(await context.readDecoded(options.input, (json) => decodeInput(name, json)), options));
