import type { CommandModule } from "../CommandModule";
import { riskCommand } from "./riskCommand";
import { accountabilityCommand } from "./accountabilityCommand";
import { staffingCommand } from "./staffingCommand";
import { passCommand } from "./passCommand";
import { costShareCommand } from "./costShareCommand";
import { referenceCommand } from "./referenceCommand";
import { presenceCommand } from "./presenceCommand";
import { equipmentCommand } from "./equipmentCommand";
import { surgeCommand } from "./surgeCommand";
import { trainingCommand } from "./trainingCommand";
import { reportCommand } from "./reportCommand";

/**
 * The domain commands of `unsms`, in the order `--help` lists them. Each package's
 * commands live in their own file under `commands/` and are added here.
 *
 * @internal
 */
export const commandModules: ReadonlyArray<CommandModule> = [
  reportCommand,
  riskCommand,
  accountabilityCommand,
  staffingCommand,
  passCommand,
  costShareCommand,
  referenceCommand,
  presenceCommand,
  equipmentCommand,
  surgeCommand,
  trainingCommand,
];
