import { CommanderError } from "commander";
import * as Result from "effect/Result";
import type { CliIo } from "./CliIo";
import type { CommandModule } from "./CommandModule";
import { buildProgram } from "./internal/buildProgram";
import { commandModules } from "./commands/commandModules";
import { UsageError } from "./internal/CliError";
import { makeContext } from "./internal/makeContext";
import { nodeIo } from "./nodeIo";

/**
 * Runs `unsms` with the given arguments (without `node` and the script) and resolves to
 * the exit code: 0 success, 1 the domain said no, 2 bad input or usage. It never throws
 * and never prints a stack trace.
 *
 * @example
 * ```ts
 * import { run } from "@unsms/cli"
 *
 * const printed: Array<string> = []
 * const code = await run(["schema", "--json"], {
 *   stdout: (text) => printed.push(text),
 *   stderr: (text) => printed.push(text),
 *   readStdin: async () => "",
 *   stdinIsTTY: true,
 *   readFile: async () => "",
 *   writeFile: async () => undefined,
 *   now: () => new Date(),
 * })
 * console.log(code, JSON.parse(printed.join("")).schemas.length) // 0 17
 * ```
 *
 * @category cli
 * @since 0.1.0
 */
export const run = async (
  args: ReadonlyArray<string>,
  io: CliIo = nodeIo(),
  modules: ReadonlyArray<CommandModule> = commandModules,
): Promise<number> => {
  // Until commander has parsed the line, the only way to know the output mode of a usage
  // error is whether the flag is on it.
  const state = { exitCode: 0, json: args.includes("--json") };
  const context = makeContext(io, state);
  try {
    const program = buildProgram(context, state, modules);
    await program.parseAsync([...args], { from: "user" });
    return state.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return 0;
      if (error.code === "commander.help" || error.code === "commander.executeSubCommandAsync") return 2;
      if (state.json) context.respond(Result.fail(new UsageError({ message: error.message.replace(/^error: /, "") })));
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    context.respond(Result.fail({ _tag: "InternalError", message: `unexpected failure: ${message}` }));
    return 2;
  }
};
