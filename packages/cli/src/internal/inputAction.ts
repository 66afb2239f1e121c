import * as Result from "effect/Result";
import type * as z from "zod";
import type { TaggedErrorLike } from "@unsms/sdk";
import { decodeInput, type InputName, type inputSchemas } from "@unsms/sdk/schema";
import type { CommandContext } from "../CommandContext";
import type { Outcome } from "../Outcome";
import { parseJsonText } from "./parseJsonText";

/**
 * The input `name` as `readDecoded` gives it: the decoded document, or why it could not be
 * read; or `F`, the command's default document (see {@link InputDefault}).
 *
 * @internal
 */
export type DecodedInput<N extends InputName, F = never> = Result.Result<
  z.output<(typeof inputSchemas)[N]> | F,
  TaggedErrorLike
>;

/**
 * An input a command may go without: the option that names its file (`input` unless said
 * otherwise, e.g. `framework`), and the document used when that option is absent and
 * nothing is piped — the report's data: standard input when it is a terminal, or when what
 * is piped is empty or only white space.
 *
 * @internal
 */
export interface InputDefault<K extends string, F> {
  readonly option?: K;
  readonly fallback: F;
}

/**
 * The action of a command whose input is one named document (`unsms schema NAME`): reads
 * `--input` (standard input when absent or `-`) with `readDecoded`, decodes it with the
 * sdk's `decodeInput`, and prints what `answer` makes of it and of the command's options.
 * `answer` gets the input as a `Result`, so that it says which failure comes first (a bad
 * `--at` before bad input, say). With `optional`, the file is named by `optional.option`
 * and, when that option is absent, a document piped on standard input is read as any
 * command's (a piped document is never ignored); `answer` gets `optional.fallback` when
 * standard input is a terminal or what is piped is empty or only white space.
 *
 * @internal
 */
export const inputAction =
  <
    N extends InputName,
    O extends { readonly input?: string | undefined } & { readonly [P in K]?: string | undefined },
    F = never,
    K extends string = "input",
  >(
    context: CommandContext,
    name: N,
    answer: (input: DecodedInput<N, F>, options: O) => Result.Result<Outcome, TaggedErrorLike>,
    optional?: InputDefault<K, F>,
  ) =>
  async (options: O): Promise<void> => {
    const path = optional?.option === undefined ? options.input : options[optional.option];
    const decode = (json: unknown) => decodeInput(name, json);
    const input: DecodedInput<N, F> =
      path === undefined && optional !== undefined
        ? await pipedOrDefault(context, `--${optional.option ?? "input"}`, decode, optional.fallback)
        : await context.readDecoded(path, decode);
    return context.respond(answer(input, options));
  };

/** A defaulted input without its option: what is piped on standard input, decoded, or the default when nothing is. */
const pipedOrDefault = async <T, F>(
  context: CommandContext,
  flag: string,
  decode: (json: unknown) => Result.Result<T, TaggedErrorLike>,
  fallback: F,
): Promise<Result.Result<T | F, TaggedErrorLike>> => {
  if (context.io.stdinIsTTY) return Result.succeed(fallback);
  const text = await context.readTextFile(undefined, flag);
  if (Result.isFailure(text)) return Result.fail(text.failure);
  if (text.success.trim() === "") return Result.succeed(fallback);
  return Result.flatMap(parseJsonText(text.success, "standard input"), decode);
};
