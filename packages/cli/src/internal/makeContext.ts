import * as Result from "effect/Result";
import { toErrorJson, type TaggedErrorLike } from "@unsms/core";
import type { CliIo } from "../CliIo";
import type { CommandContext } from "../CommandContext";
import { InputError } from "./CliError";
import { decodeUtf8 } from "./decodeUtf8";
import { fileError, fileErrorCode } from "./fileError";
import { formatErrorText } from "./formatErrorText";
import { DEFAULT_MAX_INPUT_BYTES } from "./inputLimit";
import { parseJsonText } from "./parseJsonText";

/**
 * Builds the context commands share, recording the exit code in `state`.
 *
 * @internal
 */
export const makeContext = (io: CliIo, state: { exitCode: number; json: boolean }): CommandContext => {
  // a number >= 0, else the default: anything else would be converted in each comparison
  // (an array of 2^32 - 1 items joins 4 billion commas), and NaN would lift the limit
  const limit: unknown = io.maxInputBytes;
  const maxBytes = typeof limit === "number" && limit >= 0 ? limit : DEFAULT_MAX_INPUT_BYTES;
  const tooLarge = (flag: string, source: string) =>
    Result.fail(
      new InputError({
        message: `${source} is larger than the input size limit of ${maxBytes} bytes`,
        path: flag,
        expected: `at most ${maxBytes} bytes`,
        received: "more",
      }),
    );
  // Reads a file (or stdin when `path` is undefined) as text: bounded, strict UTF-8, no BOM.
  const readText = async (named: string | undefined, flag: string): Promise<Result.Result<string, TaggedErrorLike>> => {
    const path = named === "-" ? undefined : named; // `-` names standard input, as in most Unix tools
    const source = path === undefined ? "standard input" : JSON.stringify(path);
    let content: string | Uint8Array;
    try {
      content = path === undefined ? await io.readStdin(maxBytes) : await io.readFile(path, maxBytes);
    } catch (cause) {
      if (fileErrorCode(cause) === "EFBIG") return tooLarge(flag, source);
      return Result.fail(fileError({ action: "read", source, flag, cause }));
    }
    const size = typeof content === "string" ? Buffer.byteLength(content, "utf8") : content.length;
    if (size > maxBytes) return tooLarge(flag, source);
    return decodeUtf8(content, source);
  };
  // chunk after chunk, waiting whenever standard output says its buffer is full
  const streamChunks = async (chunks: Iterable<string>): Promise<void> => {
    for (const chunk of chunks) if (io.stdout(chunk) === false && io.drain !== undefined) await io.drain();
    io.stdout("\n");
  };
  const respond: CommandContext["respond"] = (result) => {
    const { json } = state;
    if (Result.isSuccess(result)) {
      state.exitCode = result.success.exitCode;
      const { text, jsonChunks } = result.success;
      if (!json) io.stdout(typeof text === "string" ? text : text());
      else if (jsonChunks === undefined) io.stdout(`${JSON.stringify(result.success.json, null, 2)}\n`);
      else return streamChunks(jsonChunks);
    } else {
      state.exitCode = 2;
      io.stderr(json ? `${JSON.stringify(toErrorJson(result.failure))}\n` : formatErrorText(result.failure));
    }
  };
  const readJsonInput: CommandContext["readJsonInput"] = async (path) => {
    if ((path === undefined || path === "-") && io.stdinIsTTY) {
      return Result.fail(
        new InputError({
          message: "no input: pass --input FILE or pipe JSON on standard input",
          path: "--input",
          expected: "a JSON file or JSON on stdin",
          received: "nothing",
        }),
      );
    }
    const text = await readText(path, "--input");
    return Result.flatMap(text, (t) =>
      parseJsonText(t, path === undefined || path === "-" ? "standard input" : JSON.stringify(path)),
    );
  };
  return {
    io,
    respond,
    succeed: (outcome) => respond(Result.succeed(outcome)),
    fail: (error) => {
      void respond(Result.fail(error)); // an error is never streamed
    },
    readTextFile: (path, flag = "--input") => readText(path, flag),
    readJsonInput,
    readDecoded: async (path, decode) => Result.flatMap(await readJsonInput(path), decode),
  };
};
