// Largest-remainder apportionment against references measured in the same run
// (issue 3: "apportioning 1 000 000 participants must stay within 10× of one typed-array
// pass over the same weights, and be at least 50× faster than dinero.js allocate; at 50
// participants, within 3× of a bare loop").
//
// The references:
// - "typed-array pass": one pass over the same Uint32Array of weights that writes each
//   naive quota floor(total × w / Σw) into a Float64Array. It is what a careless split
//   costs (it does not add up), the floor under any exact method.
// - "dinero allocate": dinero.js 2.0.2 `allocate` over the same weights as ratios.
// - "bare loop 50": the same naive pass over 50 weights, with their sum computed once
//   before the run and its output array allocated once: the like-for-like reference is
//   "apportionInto 50", whose apportioner checked and summed the weights once
//   (makeApportioner) and which writes into one Float64Array. "apportionWeights 50" (checks,
//   sums and allocates on every call) is measured against the same loop for information.
// - "apportionWeights 1e6" for "apportion 1e6": the domain call (ids as strings, Money,
//   every check, duplicate ids, ties by id; the answer as ids and amounts, its Share objects
//   built only when read, which this case does not) against the batch kernel over
//   the same headcounts (issue 11: at most 5×; and at 50 participants at most 10× the bare
//   loop). The algorithms and the figures: docs/performance.md.
// Weights are headcounts 1..5000 from a fixed linear congruential sequence; the total is
// US$ 400 000 000.00 in cents, so total × max weight < 2^53 (the number path). The bigint
// path (a total of 10^20 cents) is measured too, against the same pass.
import { apportion } from "@unsms/cost-sharing";
import { apportionWeights, makeApportioner } from "@unsms/cost-sharing/batch";
import { makeMoney, USD as UNSMS_USD } from "@unsms/core";
import { allocate, dinero } from "dinero.js";
import { USD } from "dinero.js/currencies";
import { headcounts, participantsOf, succeeded as check } from "./support/benchInputs.mjs";

const total = 40_000_000_000n;
const totalNumber = Number(total);
const large = headcounts(1_000_000);
const small = headcounts(50);
const sum = (weights) => weights.reduce((a, w) => a + w, 0);
const largeSum = sum(large);
const smallSum = sum(small);
const largeOut = new Float64Array(large.length);
const smallOut = new Float64Array(small.length);
const naivePass = (weights, whole, out) => {
  for (let i = 0; i < weights.length; i++) out[i] = Math.floor((totalNumber * weights[i]) / whole);
  return out;
};
const largeRatios = Array.from(large);
const money = dinero({ amount: totalNumber, currency: USD });
const participants50 = participantsOf(small, 3);
const participants1e6 = participantsOf(large, 7);
const unsmsTotal = makeMoney(total, UNSMS_USD);
const apportioner50 = makeApportioner(small);
if (apportioner50._tag !== "Success") throw new Error("the benchmark's weights were refused");
const into50 = new Float64Array(small.length);

const suite = {
  name: "cost-sharing: apportion",
  cases: [
    { name: "typed-array pass 1e6", fn: () => naivePass(large, largeSum, largeOut) },
    {
      name: "apportionWeights 1e6",
      fn: () => check(apportionWeights(total, large)),
      reference: "typed-array pass 1e6",
      atMost: 10,
    },
    {
      name: "apportionWeights 1e6 (bigint path, 10^20)",
      fn: () => check(apportionWeights(10n ** 20n, large)),
      reference: "typed-array pass 1e6",
    },
    {
      name: "apportion 1e6 (Money, ids, checks)",
      fn: () => check(apportion(unsmsTotal, participants1e6)),
      reference: "apportionWeights 1e6",
      atMost: 5,
    },
    { name: "dinero allocate 1e6", fn: () => allocate(money, largeRatios), reference: "apportionWeights 1e6" },
    { name: "bare loop 50", fn: () => naivePass(small, smallSum, smallOut) },
    {
      name: "apportionInto 50",
      fn: () => check(apportioner50.success.apportionInto(total, into50)),
      reference: "bare loop 50",
      atMost: 3,
    },
    { name: "apportionWeights 50", fn: () => check(apportionWeights(total, small)), reference: "bare loop 50" },
    {
      name: "apportion 50 (Money, ids, checks)",
      fn: () => check(apportion(unsmsTotal, participants50)),
      reference: "bare loop 50",
      atMost: 10,
    },
  ],
  // the issues' targets: each case's `atMost` against its reference, and dinero.js
  targets: [{ case: "apportionWeights 1e6", reference: "dinero allocate 1e6", atLeastFaster: 50 }],
};
suite.targets.push(
  ...suite.cases.flatMap((c) =>
    c.atMost === undefined ? [] : [{ case: c.name, reference: c.reference, atMost: c.atMost }],
  ),
);
export default suite;
