import { Command } from "commander";
import packageJson from "../../package.json" with { type: "json" };
import type { CommandContext } from "../CommandContext";
import type { CommandModule } from "../CommandModule";
import type { CommandGroup } from "./CommandGroup";

/**
 * Builds the `unsms` program (commander) over a context: the global `--json` flag, and the
 * commands. Every group's commands are made with their names and descriptions; a group's
 * module is imported (and adds the subcommands and options) only when `wanted` is one of
 * its commands, the others stay a name and a description, so that `--help`, `--version` and usage
 * errors load no domain package. Errors never exit the process: they come back to `run`
 * as exceptions it turns into exit codes.
 *
 * @internal
 */
export const buildProgram = async (
  context: CommandContext,
  state: { exitCode: number; json: boolean },
  groups: ReadonlyArray<CommandGroup>,
  modules: ReadonlyArray<CommandModule>,
  wanted: string | undefined,
): Promise<Command> => {
  const program = new Command("unsms")
    .description(
      "The UN security management system (A/61/531) as a command: JSON in, JSON or a readable report out.\n" +
        "Exit codes: 0 success, 1 the domain said no (violations found, pass refused), 2 bad input or usage.",
    )
    .version(packageJson.version, "-V, --version", "print the version")
    .option("--json", "machine output: JSON on stdout, errors as JSON on stderr")
    .helpOption("-h, --help", "show help")
    .configureHelp({ showGlobalOptions: true })
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => context.io.stdout(text),
      // Under --json nothing but the JSON error reaches stderr: `run` writes it.
      writeErr: (text) => {
        if (!state.json) context.io.stderr(text);
      },
    });
  program.hook("preAction", (_program, action) => {
    state.json = action.optsWithGlobals<{ json?: boolean }>().json === true;
  });
  for (const group of groups) {
    for (const command of group.commands) program.command(command.name).description(command.description);
    // the module finds its top-level commands made (topCommand) and adds their subcommands
    if (wanted !== undefined && group.commands.some((command) => command.name === wanted))
      (await group.load()).register(program, context);
  }
  for (const module of modules) module.register(program, context);
  return program;
};
