import type { Command } from "commander";
import type { CommandContext } from "./CommandContext";

/**
 * One command (or group of commands) of `unsms`: how it registers itself on the program.
 * The JSON Schemas of the inputs (`unsms schema NAME`) come from the sdk's
 * `inputSchemas`, the one registry embedders use too.
 *
 * @example
 * ```ts
 * import type { CommandModule } from "@unsms/cli"
 *
 * const hello: CommandModule = {
 *   register: (program, context) => {
 *     program
 *       .command("hello")
 *       .action(() => context.succeed({ exitCode: 0, json: { hello: "world" }, text: "hello world\n" }))
 *   },
 * }
 * console.log(typeof hello.register)
 * ```
 *
 * @category cli
 * @since 0.1.0
 */
export interface CommandModule {
  /** Adds the command(s) to the program. */
  readonly register: (program: Command, context: CommandContext) => void;
}
