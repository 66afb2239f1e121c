// The cases of a suite measured against one reference case (`tools/bench/run.mjs` reports each
// case's median as a ratio to its reference's, both measured in the same run): the reference
// first, then each case naming it. Used by the packages' `bench/*.bench.mjs` and the start-up suite.
//
//   cases: [
//     ...measuredAgainst({ name: "count loop, 100k records", fn: countLoop }, [
//       { name: "takeCensus, 100k records", fn: () => takeCensus(records, at) },
//     ]),
//     { name: "a case with no reference", fn: () => ... },
//   ]

/**
 * @param {{ name: string, fn: () => unknown }} reference the baseline: a plain loop doing the same work
 * @param {ReadonlyArray<{ name: string, fn: () => unknown }>} cases the cases whose ratio to it is reported
 * @returns {Array<{ name: string, fn: () => unknown, reference?: string }>}
 */
export const measuredAgainst = (reference, cases) => [
  reference,
  ...cases.map((measured) => ({ ...measured, reference: reference.name })),
];
