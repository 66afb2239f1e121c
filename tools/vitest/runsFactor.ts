/**
 * How many times more cases every property runs than in `npm test`: the environment
 * variable FC_RUNS_FACTOR (a positive integer; `npm run fuzz` sets 100), default 1. Read by
 * `fast-check-seed.ts` (the number of runs) and `vitest.shared.ts` (the test timeout grows
 * with it).
 */
export const runsFactor = (): number => {
  const text = process.env["FC_RUNS_FACTOR"];
  if (text === undefined || text === "") return 1;
  if (!/^[1-9][0-9]{0,5}$/.test(text))
    throw new Error(`FC_RUNS_FACTOR must be a positive integer, got ${JSON.stringify(text)}`);
  return Number(text);
};
