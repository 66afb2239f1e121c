import * as Result from "effect/Result";
import { makeIssues, MAX_ISSUES, type Issue } from "@unsms/core";
import { InvalidParticipants } from "../errors/InvalidParticipants";
import { InvalidOutput } from "../errors/InvalidOutput";
import { headcountIssue } from "../internal/headcountIssue";
import { checkTotal } from "../internal/checkTotal";
import { MAX_WEIGHTS } from "../internal/maxWeights";
import { tooManyWeights } from "../internal/tooManyWeights";
import { fitsNumbers, makeSplitNumbersInto, splitUnits } from "../internal/kernel";
import { typedArrayKind, typedArrayLength } from "../internal/typedArrays";
import { unreadableWeights } from "../internal/unreadableWeights";
import { validateWeights } from "../internal/validateWeights";
import { zeroHeadcountFailure } from "../internal/zeroHeadcountFailure";
import type { Apportioner } from "./Apportioner";

const invalidOutput = (n: number, received: string): InvalidOutput =>
  new InvalidOutput({
    message: `$.out: expected a Float64Array of ${n} entries, one per weight; received ${received}`,
    path: "$.out",
    expected: `a Float64Array of ${n} entries`,
    received,
  });

/**
 * Checks integer weights (headcounts) once and returns an {@link Apportioner} that
 * apportions any number of totals by them with the largest remainder method, exactly as
 * {@link apportionWeights} does, without checking the weights again. Its
 * `apportionInto(total, out)` writes the shares into a Float64Array the caller owns and
 * allocates no result (and for up to 256 weights adding up to at most 2^23 no scratch
 * either), which is what a loop over thousands of what-if totals wants. The
 * weights are copied, read once, never changed; at most 2^27 of them (134 217 728: a longer
 * list, or an object claiming such a length, is refused before anything is read), and
 * every problem is a value, never thrown. The apportioner keeps a small scratch
 * array of its own; no code of the caller's runs during a call, so calls cannot overlap
 * and every call gives the same answer for the same total.
 *
 * @example
 * ```ts
 * import { makeApportioner } from "@unsms/cost-sharing/batch"
 * import * as Result from "effect/Result"
 *
 * // one budget office, three growth scenarios of a US$ 400 000 000.00 budget (in cents)
 * const apportioner = Result.getOrThrow(makeApportioner(Uint32Array.of(1234, 987, 4321)))
 * const out = new Float64Array(apportioner.length)
 * for (const total of [40_000_000_000n, 42_000_000_000n, 44_000_000_000n]) {
 *   Result.getOrThrow(apportioner.apportionInto(total, out))
 *   console.log(out.reduce((sum, units) => sum + units, 0) === Number(total)) // true
 * }
 * const invalid = makeApportioner([3, -1])
 * if (Result.isFailure(invalid)) console.log(invalid.failure.issues[0]?.path) // "$.participants[1].headcount"
 * ```
 *
 * @category apportionment
 * @since 0.1.0
 */
export const makeApportioner = (weights: ArrayLike<number>): Result.Result<Apportioner, InvalidParticipants> => {
  let own: Float64Array;
  // the weights that are not numbers: every one counted, the first MAX_ISSUES made into issues
  const notNumbers: Array<Issue> = [];
  let found = 0;
  try {
    // a typed array's length as the engine holds it (a `length` of the caller's never runs), any other's as it reads
    const length: unknown =
      typedArrayLength(weights) ?? (typeof weights === "object" && weights !== null ? weights.length : undefined);
    if (typeof length !== "number" || !Number.isSafeInteger(length) || length < 0 || length > MAX_WEIGHTS)
      return Result.fail(tooManyWeights(length));
    // each weight read once, into the copy kept
    own = new Float64Array(length);
    for (let i = 0; i < length; i++) {
      const w: unknown = weights[i];
      if (typeof w === "number") own[i] = w;
      else if (found++ < MAX_ISSUES) notNumbers.push(headcountIssue(`$.participants[${i}].headcount`, w));
    }
  } catch (error) {
    // a getter or a proxy of the caller's threw
    return Result.fail(unreadableWeights(error));
  }
  if (found > 0) return Result.fail(new InvalidParticipants(makeIssues("the weights are invalid", notNumbers, found)));
  const checked = validateWeights(own);
  if (Result.isFailure(checked)) return Result.fail(checked.failure);
  const { whole, maxWeight } = checked.success;
  const n = own.length;
  // the number paths, made once for these weights (for a short list: its keyed split and its scratch)
  const splitInto = whole === 0 ? undefined : makeSplitNumbersInto(own, whole);
  const describe = (out: unknown): string => {
    const kind = typedArrayKind(out);
    return kind !== undefined ? `a ${kind}` : Array.isArray(out) ? "an array" : out === null ? "null" : typeof out;
  };
  let checkedOut: Float64Array | undefined;

  const apportion: Apportioner["apportion"] = (total) => {
    const invalidTotal = checkTotal(total);
    if (invalidTotal !== undefined) return Result.fail(invalidTotal);
    if (whole === 0 && total !== 0n) return Result.fail(zeroHeadcountFailure(total));
    return Result.succeed(splitUnits(total, own, whole, maxWeight, undefined));
  };

  const apportionInto: Apportioner["apportionInto"] = (total, out) => {
    const invalidTotal = checkTotal(total, false);
    if (invalidTotal !== undefined) return Result.fail(invalidTotal);
    if (out !== checkedOut && typedArrayKind(out) !== "Float64Array")
      return Result.fail(invalidOutput(n, describe(out)));
    checkedOut = out; // a typed array's kind never changes; its length can, with a resizable buffer
    // its length as the engine holds it: a `length` of the caller's (own, or a subclass's getter) never runs
    const length = typedArrayLength(out);
    if (length !== n) return Result.fail(invalidOutput(n, `a Float64Array of ${length}`));
    // one conversion: |Number(total)| ≤ 2^53 − 1 exactly when |total| ≤ 2^53 − 1, and then it is exact
    const signed = Number(total);
    const t = signed < 0 ? -signed : signed;
    if (t > Number.MAX_SAFE_INTEGER) {
      return Result.fail(
        new InvalidOutput({
          message: `$.total: ${total} minor units is beyond 2^53 − 1, where a Float64Array stops holding whole numbers exactly; apportion(total) returns bigints`,
          path: "$.total",
          expected: "at most 9007199254740991 minor units either way",
          received: String(total),
        }),
      );
    }
    if (splitInto === undefined) {
      // no one to share with: only a zero total can be split
      if (t !== 0) return Result.fail(zeroHeadcountFailure(total));
      for (let i = 0; i < n; i++) out[i] = 0; // not `out.fill`: a subclass's method would be the caller's code
      return Result.succeed(out);
    }
    if (fitsNumbers(t, maxWeight, whole)) {
      splitInto(t, out);
      if (signed < 0) for (let i = 0; i < n; i++) out[i] = 0 - (out[i] as number);
      return Result.succeed(out);
    }
    // the products need bigints, the shares (at most |total| each) fit: signs already applied
    const split = splitUnits(total, own, whole, maxWeight, undefined);
    for (let i = 0; i < n; i++) out[i] = Number(split.units[i]);
    return Result.succeed(out);
  };

  return Result.succeed(Object.freeze({ length: n, whole, apportion, apportionInto }));
};
