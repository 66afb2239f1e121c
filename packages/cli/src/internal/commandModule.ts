import type { Command } from "commander";
import type { CommandContext } from "../CommandContext";
import type { CommandModule } from "../CommandModule";
import { topCommand } from "./topCommand";

/**
 * The module of a group that is one top-level command: `configure` adds the command's
 * subcommands, arguments, options and action to `name` (made, with its description, from
 * `commandGroups`; see {@link topCommand}).
 *
 * @internal
 */
export const commandModule = (
  name: string,
  configure: (command: Command, context: CommandContext) => void,
): CommandModule => ({
  register: (program, context) => configure(topCommand(program, name), context),
});
