import type { Command } from "commander";

/**
 * The top-level command `name` of the program, for a module to add its subcommands and
 * options to: the one `buildProgram` made from `commandGroups`, with the name and
 * description `unsms --help` lists (written only there), or a new one when a module is
 * registered on a program of its own, or after another module of its group made it
 * (`reference`, shared by two modules).
 *
 * @internal
 */
export const topCommand = (program: Command, name: string): Command =>
  program.commands.find((command) => command.name() === name) ?? program.command(name);
