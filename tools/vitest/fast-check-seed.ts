import { fc } from "@fast-check/vitest";
import { runsFactor } from "./runsFactor";

// Every property runs at least 1 000 times (`npm test`), 100 000 times under `npm run fuzz`
// (FC_RUNS_FACTOR=100). When FC_SEED is set, every property test replays that seed, so a
// failure printed by CI can be reproduced locally:
//   FC_SEED=1234 npm test
// (with the same FC_RUNS_FACTOR as the run that failed: the seed picks the sequence of
// cases, the factor how far along it the run goes).
const seedText = process.env["FC_SEED"];
const seed = seedText === undefined || seedText === "" ? undefined : Number.parseInt(seedText, 10);
if (seed !== undefined && !Number.isSafeInteger(seed)) {
  throw new Error(`FC_SEED must be an integer, got ${JSON.stringify(seedText)}`);
}
fc.configureGlobal({ numRuns: 1000 * runsFactor(), ...(seed === undefined ? {} : { seed }) });
