import type { DecodeError } from "@unsms/core";
import { decode } from "@unsms/core/schema";
import type * as Result from "effect/Result";
import { ReadinessInputSchema, type ReadinessInput } from "./ReadinessInputSchema";

/**
 * Reads the input of `unsms equipment …` from untyped JSON, or returns a `DecodeError`
 * listing every problem with its path.
 *
 * @example
 * ```ts
 * import { readReadinessInput } from "@unsms/equipment/schema"
 * import * as Result from "effect/Result"
 *
 * const bad = readReadinessInput({ register: [{ item: "SAT-PHONE", category: "phones", standard: true, dutyStation: "Cairo", quantity: -1, state: "serviceable" }], kit: { name: "k", basis: "", items: [] } })
 * if (Result.isFailure(bad)) console.log(bad.failure.issues.map((issue) => issue.path)) // ["$.register[0].category", "$.register[0].quantity"]
 * ```
 *
 * @category schemas
 * @since 0.2.0
 */
export const readReadinessInput = (input: unknown): Result.Result<ReadinessInput, DecodeError> =>
  decode(ReadinessInputSchema, input);
