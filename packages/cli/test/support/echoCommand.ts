import * as Result from "effect/Result";
import type { CommandModule } from "@unsms/cli";

/**
 * Two commands for testing the conventions every command shares: `echo` reads its input
 * the one way commands do (`readDecoded`) and prints it back, exit 1 when it is
 * `{"say": "no"}`; `text FILE` reads a text file and prints it.
 */
export const echoCommand: CommandModule = {
  register: (program, context) => {
    program
      .command("echo")
      .option("--input <file>", "input JSON")
      .action(async (options: { input?: string }) => {
        const input = await context.readDecoded(options.input, (value) => Result.succeed(value));
        return context.respond(
          Result.map(input, (value) => ({
            exitCode: (value as { say?: unknown } | null)?.say === "no" ? (1 as const) : (0 as const),
            json: value,
            text: `${JSON.stringify(value)}\n`,
          })),
        );
      });
    program
      .command("text")
      .argument("<file>")
      .action(async (file: string) => {
        const text = await context.readTextFile(file);
        return context.respond(Result.map(text, (value) => ({ exitCode: 0 as const, json: value, text: value })));
      });
  },
};
