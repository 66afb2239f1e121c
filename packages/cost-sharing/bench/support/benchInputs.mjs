// What the cost-sharing suites share: the headcounts they apportion and the check that a
// measured call succeeded (a refusal would measure the error path instead).

/** `n` headcounts 1..5000 from a fixed linear congruential sequence (the same in every run). */
export const headcounts = (n) => {
  const weights = new Uint32Array(n);
  let state = 20_060_531;
  for (let i = 0; i < n; i++) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    weights[i] = (state % 5000) + 1;
  }
  return weights;
};

/** Participants with ids `ORG-0000000`… (padded to `digits`) and the given headcounts. */
export const participantsOf = (weights, digits) =>
  Array.from(weights, (headcount, i) => ({ id: `ORG-${String(i).padStart(digits, "0")}`, headcount }));

/** The result of a measured call, or a throw if it is a failure. */
export const succeeded = (result) => {
  if (result._tag !== "Success") throw new Error("a call of the benchmark was refused");
  return result;
};
