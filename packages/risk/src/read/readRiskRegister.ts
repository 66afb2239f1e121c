import type { DecodeError } from "@unsms/core";
import { decode } from "@unsms/core/schema";
import type * as Result from "effect/Result";
import type { RiskRegister } from "../assessment/RiskRegister";
import { RiskRegisterSchema } from "../assessment/RiskRegisterSchema";

/**
 * The boundary of a risk register (the input of `unsms risk assess`): decodes unknown
 * input with {@link RiskRegisterSchema} into a {@link RiskRegister} for `assessRegister`,
 * which checks how its parts agree (levels, measures, ids) — or a `DecodeError` listing
 * every problem of shape.
 *
 * @example
 * ```ts
 * import { readRiskRegister } from "@unsms/risk/schema"
 * import { assessRegister } from "@unsms/risk"
 * import * as Result from "effect/Result"
 *
 * const input: unknown = JSON.parse(`{
 *   "location": "Field office A",
 *   "threats": [{ "id": "T1", "category": "crime", "description": "theft from vehicles",
 *                 "likelihood": "Likely", "impact": "Minor", "response": "accept" }]
 * }`)
 * const assessment = Result.flatMap(readRiskRegister(input), (register) => assessRegister(register))
 * console.log(Result.getOrThrow(assessment).risks[0]?.inherent.level) // "Medium"
 * ```
 *
 * @category boundary
 * @since 0.2.0
 */
export const readRiskRegister = (input: unknown): Result.Result<RiskRegister, DecodeError> =>
  decode(RiskRegisterSchema, input);
