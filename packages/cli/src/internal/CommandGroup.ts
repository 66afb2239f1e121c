import type { CommandModule } from "../CommandModule";

/**
 * A group of top-level commands whose module is imported only when one of them runs: the
 * names and one-line descriptions `unsms --help` lists, and how to load the module that
 * registers them for real. Loading a group is what brings in the domain packages (and zod
 * through their schemas), so `unsms --version` and `unsms --help` load none of them.
 *
 * @internal
 */
export interface CommandGroup {
  /** The top-level commands the module registers, in the order `--help` lists them. */
  readonly commands: ReadonlyArray<{ readonly name: string; readonly description: string }>;
  /** Imports the module that registers the commands. */
  readonly load: () => Promise<CommandModule>;
}
