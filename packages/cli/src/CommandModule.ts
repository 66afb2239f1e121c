import type { Command } from "commander";
import type { CommandContext } from "./CommandContext";

/**
 * One command (or group of commands) of `unsms`: how it registers itself on the program.
 * The JSON Schemas of the inputs (`unsms schema NAME`) come from the sdk's
 * `inputSchemas`, the one registry embedders use too.
 *
 * @example
 * ```ts
 * import { run, type CommandModule } from "@unsms/cli"
 *
 * const hello: CommandModule = {
 *   register: (program, context) => {
 *     program
 *       .command("hello")
 *       .action(() => context.succeed({ exitCode: 0, json: { hello: "world" }, text: "hello world\n" }))
 *   },
 * }
 * const printed: Array<string> = []
 * const io = {
 *   stdout: (text: string) => printed.push(text),
 *   stderr: (text: string) => printed.push(text),
 *   readStdin: async () => "",
 *   stdinIsTTY: true,
 *   readFile: async () => "",
 *   writeFile: async () => undefined,
 *   now: () => new Date(),
 * }
 * const code = await run(["hello", "--json"], io, [hello])
 * console.log(code, JSON.parse(printed.join(""))) // 0 { hello: "world" }
 * ```
 *
 * @category cli
 * @since 0.1.0
 */
export interface CommandModule {
  /** Adds the command(s) to the program. */
  readonly register: (program: Command, context: CommandContext) => void;
}
