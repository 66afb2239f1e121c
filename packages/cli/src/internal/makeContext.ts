import * as Result from "effect/Result";
import { toErrorJson, type TaggedErrorLike } from "@unsms/sdk";
import type { CliIo } from "../CliIo";
import type { CommandContext } from "../CommandContext";
import { InputError } from "./CliError";
import { formatErrorText } from "./formatErrorText";

const preview = (text: string): string => JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);

/**
 * Builds the context commands share, recording the exit code in `state`.
 *
 * @internal
 */
export const makeContext = (io: CliIo, state: { exitCode: number; json: boolean }): CommandContext => {
  const readTextFile = async (path: string): Promise<Result.Result<string, TaggedErrorLike>> => {
    try {
      return Result.succeed(await io.readFile(path));
    } catch (cause) {
      const reason = cause instanceof Error && "code" in cause ? String(cause.code) : "unreadable";
      return Result.fail(
        new InputError({ message: `cannot read ${JSON.stringify(path)} (${reason})`, path: "--input", expected: "a readable file", received: JSON.stringify(path) }),
      );
    }
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
  return {
    io,
    respond,
    succeed: (outcome) => respond(Result.succeed(outcome)),
    fail: (error) => respond(Result.fail(error)),
    readTextFile,
    readJsonInput: async (path) => {
      let text: string;
      if (path !== undefined) {
        const read = await readTextFile(path);
        if (Result.isFailure(read)) return read;
        text = read.success;
      } else if (io.stdinIsTTY) {
        return Result.fail(
          new InputError({ message: "no input: pass --input FILE or pipe JSON on standard input", path: "--input", expected: "a JSON file or JSON on stdin", received: "nothing" }),
        );
      } else {
        text = await io.readStdin();
      }
      try {
        return Result.succeed(JSON.parse(text) as unknown);
      } catch (cause) {
        const reason = cause instanceof Error ? cause.message : "invalid JSON";
        return Result.fail(new InputError({ message: `the input is not JSON: ${reason}`, path: "$", expected: "a JSON document", received: preview(text) }));
      }
    },
  };
};
