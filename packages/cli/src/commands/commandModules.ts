import type { CommandModule } from "../CommandModule";
import { costShareCommand } from "./costShareCommand";

/**
 * The domain commands of `unsms`, in the order `--help` lists them. Each package's
 * commands live in their own file under `commands/` and are added here.
 *
 * @internal
 */
export const commandModules: ReadonlyArray<CommandModule> = [
  costShareCommand,
];
