import { Command } from "commander";
import packageJson from "../../package.json" with { type: "json" };
import type { CommandContext } from "../CommandContext";
import type { CommandModule } from "../CommandModule";
import { schemaCommand } from "../commands/schemaCommand";

/**
 * Builds the `unsms` program (commander) over a context: the global `--json` flag, the
 * `schema` command and every given command module. Errors never exit the process: they
 * come back to `run` as exceptions it turns into exit codes.
 *
 * @internal
 */
export const buildProgram = (
  context: CommandContext,
  state: { exitCode: number; json: boolean },
  modules: ReadonlyArray<CommandModule>,
): Command => {
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
      writeErr: (text) => context.io.stderr(text),
      outputError: (text, write) => {
        if (!state.json) write(text);
      },
    });
  program.hook("preAction", (_program, action) => {
    state.json = action.optsWithGlobals<{ json?: boolean }>().json === true;
  });
  schemaCommand.register(program, context);
  for (const module of modules) module.register(program, context);
  return program;
};
