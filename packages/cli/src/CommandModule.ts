import type { Command } from "commander";
import type * as z from "zod";
import type { CommandContext } from "./CommandContext";

/**
 * One command (or group of commands) of `unsms`: how it registers itself on the program
 * and the JSON Schemas of its inputs, which `unsms schema NAME` prints.
 *
 * @example
 * ```ts
 * import type { CommandModule } from "@unsms/cli"
 * import * as z from "zod"
 *
 * const hello: CommandModule = {
 *   schemas: { hello: z.object({ name: z.string() }) },
 *   register: (program, context) => {
 *     program
 *       .command("hello")
 *       .action(() => context.succeed({ exitCode: 0, json: { hello: "world" }, text: "hello world\n" }))
 *   },
 * }
 * console.log(Object.keys(hello.schemas))
 * ```
 *
 * @category cli
 * @since 0.1.0
 */
export interface CommandModule {
  /** Input schemas by the name `unsms schema NAME` knows them. */
  readonly schemas: Readonly<Record<string, z.ZodType>>;
  /** Adds the command(s) to the program. */
  readonly register: (program: Command, context: CommandContext) => void;
}
