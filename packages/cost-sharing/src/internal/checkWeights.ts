import { MAX_ISSUES, type Issue } from "@unsms/core";
import { headcountIssue } from "./headcountIssue";

/**
 * The sum and largest of the weights, and the problems with them, for core's `makeIssues`:
 * a weight that is not a whole number of at least zero, or a sum above 2^53 − 1; `found`
 * counts every problem, `issues` holds the first `MAX_ISSUES` (no issue is made for the
 * rest). One pass.
 *
 * @internal
 */
export const checkWeights = (
  weights: ArrayLike<number>,
  pathOf: (index: number) => string,
): {
  readonly whole: number;
  readonly maxWeight: number;
  readonly issues: ReadonlyArray<Issue>;
  readonly found: number;
} => {
  // two loops in two functions (docs/performance.md)
  const { whole, maxWeight, issues, found } =
    weights instanceof Uint32Array || weights instanceof Uint16Array || weights instanceof Uint8Array
      ? sumUnsigned(weights)
      : checkEach(weights, pathOf);
  if (found === 0 && whole > Number.MAX_SAFE_INTEGER) {
    const tooMany: Issue = {
      path: "$.participants",
      expected: "headcounts adding up to at most 9007199254740991",
      received: String(whole),
      message: `$.participants: the headcounts add up to more than 2^53 − 1 (${String(whole)})`,
    };
    return { whole, maxWeight, issues: [tooMany], found: 1 };
  }
  return { whole, maxWeight, issues: issues ?? [], found };
};

/** Unsigned integer arrays hold only whole numbers of 0 or more: the sum and the largest. */
const sumUnsigned = (
  weights: Uint32Array | Uint16Array | Uint8Array,
): { whole: number; maxWeight: number; issues: undefined; found: 0 } => {
  let whole = 0;
  let maxWeight = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i] as number;
    whole += w;
    if (w > maxWeight) maxWeight = w;
  }
  return { whole, maxWeight, issues: undefined, found: 0 };
};

/** Any other list: each weight checked; every problem counted, the first `MAX_ISSUES` made. */
const checkEach = (
  weights: ArrayLike<number>,
  pathOf: (index: number) => string,
): { whole: number; maxWeight: number; issues: Array<Issue> | undefined; found: number } => {
  let whole = 0;
  let maxWeight = 0;
  let issues: Array<Issue> | undefined;
  let found = 0;
  for (let i = 0; i < weights.length; i++) {
    const w: unknown = weights[i];
    // typeof first: comparing an arbitrary object with 0 would call its valueOf/toString
    if (typeof w === "number" && w >= 0 && Number.isSafeInteger(w)) {
      whole += w;
      if (w > maxWeight) maxWeight = w;
    } else if (found++ < MAX_ISSUES) {
      // a problem: counted above, made only while fewer than MAX_ISSUES are
      (issues ??= []).push(headcountIssue(pathOf(i), w));
    }
  }
  return { whole, maxWeight, issues, found };
};
