import { fc } from "@fast-check/vitest";

// Every property runs at least 1 000 times. When FC_SEED is set, every property test
// replays that seed, so a failure printed by CI can be reproduced locally:
//   FC_SEED=1234 npm test
const seedText = process.env["FC_SEED"];
const seed = seedText === undefined || seedText === "" ? undefined : Number.parseInt(seedText, 10);
if (seed !== undefined && !Number.isSafeInteger(seed)) {
  throw new Error(`FC_SEED must be an integer, got ${JSON.stringify(seedText)}`);
}
fc.configureGlobal({ numRuns: 1000, ...(seed === undefined ? {} : { seed }) });
