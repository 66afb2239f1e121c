import { type Command, CommanderError } from "commander";
import * as Result from "effect/Result";
import type { CliIo } from "./CliIo";
import type { CommandModule } from "./CommandModule";
import { buildProgram } from "./internal/buildProgram";
import { commandGroups } from "./commands/commandModules";
import { UsageError } from "./internal/CliError";
import { commandName } from "./internal/commandName";
import { makeContext } from "./internal/makeContext";
import { nodeIo } from "./nodeIo";

// A command (or group) run without its subcommand makes commander print the help as an
// error; under --json that becomes a usage error naming the subcommands it needs.
const usageMessage = async (
  error: CommanderError,
  program: Command | undefined,
  wanted: string | undefined,
): Promise<string> => {
  if (error.code !== "commander.help" && error.code !== "commander.executeSubCommandAsync")
    return error.message.replace(/^error: /, "");
  const group = wanted === undefined ? program : program?.commands.find((command) => command.name() === wanted);
  if (group === undefined) {
    // `unsms help nosuch`: no such command, not a missing one
    const { describeAllowed, describeValue } = await import("@unsms/core");
    const commands = (program?.commands ?? []).map((command) => command.name());
    return `unknown command ${describeValue(wanted)}: expected ${describeAllowed(commands)} (\`unsms --help\` lists them)`;
  }
  const names = group.commands.map((command) => JSON.stringify(command.name()));
  return `missing command${wanted === undefined ? "" : ` after ${JSON.stringify(wanted)}`}: expected one of ${names.join(", ")}`;
};

/**
 * Runs `unsms` with the given arguments (without `node` and the script) and resolves to
 * the exit code: 0 success, 1 the domain said no, 2 bad input or usage. It never throws
 * and never prints a stack trace. Only the command that runs is loaded: `--version` and
 * `--help` import no domain package. `modules`, when given, replace the domain commands
 * (`schema` stays).
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
 * console.log(code, JSON.parse(printed.join("")).schemas.includes("cost-share")) // 0 true
 * ```
 *
 * @category cli
 * @since 0.1.0
 */
export const run = async (
  args: ReadonlyArray<string>,
  io: CliIo = nodeIo(),
  modules?: ReadonlyArray<CommandModule>,
): Promise<number> => {
  try {
    return await runChecked(args, io, modules);
  } catch {
    // Only a hostile CliIo (a stderr that throws) gets here: nothing can be printed, the
    // answer is still an exit code.
    return 2;
  }
};

/** Whether commander threw `error` (`instanceof` itself throws on a revoked proxy, which an embedder's CliIo may throw). */
const isCommanderError = (error: unknown): error is CommanderError => {
  try {
    return error instanceof CommanderError;
  } catch {
    return false;
  }
};

const runChecked = async (
  args: ReadonlyArray<string>,
  io: CliIo,
  modules: ReadonlyArray<CommandModule> | undefined,
): Promise<number> => {
  if (!Array.isArray(args) || !args.every((arg) => typeof arg === "string")) return 2;
  // Until commander has parsed the line, the only way to know the output mode of a usage
  // error is whether the flag is on it.
  const state = { exitCode: 0, json: args.includes("--json") };
  const context = makeContext(io, state);
  const wanted = commandName(args);
  let program: Command | undefined;
  try {
    const groups = modules === undefined ? commandGroups : commandGroups.slice(0, 1);
    program = await buildProgram(context, state, groups, modules ?? [], wanted);
    await program.parseAsync([...args], { from: "user" });
    return state.exitCode;
  } catch (error) {
    if (isCommanderError(error)) {
      if (error.exitCode === 0) return 0;
      if (state.json)
        void context.respond(Result.fail(new UsageError({ message: await usageMessage(error, program, wanted) })));
      return 2;
    }
    // core only on this path (start-up stays light); it describes any thrown value without throwing
    const { describeThrown } = await import("@unsms/core");
    const message = describeThrown(error);
    void context.respond(Result.fail({ _tag: "InternalError", message: `unexpected failure: ${message}` })); // an error is never streamed
    return 2;
  }
};
