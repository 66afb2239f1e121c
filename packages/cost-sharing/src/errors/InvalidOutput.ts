import * as Data from "effect/Data";

/**
 * An apportionment cannot be written where it was asked to go: the output is not a
 * Float64Array with one entry per weight, or the total is too large for every share to be
 * exact in a Float64Array (more than 2^53 − 1 minor units; `Apportioner.apportion` returns
 * bigints then). Nothing was written.
 *
 * @example
 * ```ts
 * import { makeApportioner } from "@unsms/cost-sharing/batch"
 * import * as Result from "effect/Result"
 *
 * const apportioner = Result.getOrThrow(makeApportioner([50, 20, 15, 15]))
 * const result = apportioner.apportionInto(10n, new Float64Array(3))
 * if (Result.isFailure(result)) console.log(result.failure.path) // "$.out"
 * ```
 *
 * @category errors
 * @since 0.1.0
 */
export class InvalidOutput
  extends /* @__PURE__ */ Data.TaggedError("InvalidOutput")<{
    readonly message: string;
    readonly path: string;
    readonly expected: string;
    readonly received: string;
  }> {}
