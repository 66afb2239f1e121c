import * as Data from "effect/Data";

/**
 * A mitigation measure's effect is not a whole number of levels of 0 or more (a measure
 * may never raise a risk).
 *
 * @example
 * ```ts
 * import { mitigateRisk, DEFAULT_RISK_MATRIX } from "@unsms/risk"
 * import * as Result from "effect/Result"
 *
 * const result = mitigateRisk(DEFAULT_RISK_MATRIX, "Likely", "Severe", [
 *   { id: "bad", description: "raises risk", reduces: { likelihood: -1, impact: 0 }, basis: "none" },
 * ])
 * if (Result.isFailure(result)) console.log(result.failure.path) // "$.measures[0].reduces.likelihood"
 * ```
 *
 * @category errors
 * @since 0.1.0
 */
export class InvalidMitigation
  extends /* @__PURE__ */ Data.TaggedError("InvalidMitigation")<{
    readonly message: string;
    readonly path: string;
    readonly expected: string;
    readonly received: string;
  }> {}
