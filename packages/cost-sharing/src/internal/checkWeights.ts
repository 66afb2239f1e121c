import type { Issue } from "@unsms/core";

/**
 * The sum and largest of the weights, or every problem with them: a weight that is not
 * a whole number of at least zero, or a sum above 2^53 − 1. One pass.
 *
 * @internal
 */
export const checkWeights = (
  weights: ArrayLike<number>,
  pathOf: (index: number) => string,
): { readonly whole: number; readonly maxWeight: number; readonly issues: ReadonlyArray<Issue> } => {
  let whole = 0;
  let maxWeight = 0;
  let issues: Array<Issue> | undefined;
  if (weights instanceof Uint32Array || weights instanceof Uint16Array || weights instanceof Uint8Array) {
    // unsigned integer arrays hold only whole numbers of 0 or more
    for (let i = 0; i < weights.length; i++) {
      const w = weights[i] as number;
      whole += w;
      if (w > maxWeight) maxWeight = w;
    }
  } else for (let i = 0; i < weights.length; i++) {
    const w: unknown = weights[i];
    // typeof first: comparing an arbitrary object with 0 would call its valueOf/toString
    if (typeof w === "number" && w >= 0 && Number.isSafeInteger(w)) {
      whole += w;
      if (w > maxWeight) maxWeight = w;
    } else {
      const path = pathOf(i);
      const received = typeof w === "number" ? String(w) : w === null ? "null" : typeof w;
      (issues ??= []).push({
        path,
        expected: "a headcount: a whole number, 0 or more",
        received,
        message: `${path}: a headcount must be a whole number, 0 or more; received ${received}`,
      });
    }
  }
  if (issues === undefined && whole > Number.MAX_SAFE_INTEGER) {
    issues = [
      {
        path: "$.participants",
        expected: "headcounts adding up to at most 9007199254740991",
        received: String(whole),
        message: `$.participants: the headcounts add up to more than 2^53 − 1 (${String(whole)})`,
      },
    ];
  }
  return { whole, maxWeight, issues: issues ?? [] };
};
