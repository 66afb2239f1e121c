import type { DecodeError } from "@unsms/core";
import { decode } from "@unsms/core/schema";
import * as Result from "effect/Result";
import type { InvalidRiskMatrix } from "../errors/InvalidRiskMatrix";
import { RiskMatrixSchema } from "../matrix/RiskMatrixSchema";
import { validateRiskMatrix } from "../matrix/validateRiskMatrix";
import type { ValidRiskMatrix } from "../matrix/ValidRiskMatrix";

/**
 * The boundary of a risk matrix: decodes unknown input (parsed JSON, say) with
 * {@link RiskMatrixSchema}, then checks it with `validateRiskMatrix`, and returns the
 * {@link ValidRiskMatrix} every function of `@unsms/risk` trusts — or a `DecodeError` for
 * a wrong shape, an `InvalidRiskMatrix` for an incomplete or non-monotone matrix.
 *
 * @example
 * ```ts
 * import { readRiskMatrix } from "@unsms/risk/schema"
 * import { rateRisk } from "@unsms/risk"
 * import * as Result from "effect/Result"
 *
 * const input: unknown = JSON.parse(`{
 *   "likelihood": ["Unlikely", "Possible", "Likely"],
 *   "impact": ["Minor", "Moderate", "Severe"],
 *   "levels": ["Low", "Medium", "High"],
 *   "cells": [["Low", "Low", "Medium"], ["Low", "Medium", "High"], ["Medium", "High", "High"]]
 * }`)
 * const rating = Result.flatMap(readRiskMatrix(input), (matrix) => rateRisk(matrix, "Likely", "Moderate"))
 * console.log(Result.getOrThrow(rating).level) // "High"
 * const wrong = readRiskMatrix({ likelihood: [] })
 * if (Result.isFailure(wrong)) console.log(wrong.failure._tag) // "DecodeError"
 * ```
 *
 * @category boundary
 * @since 0.2.0
 */
export const readRiskMatrix = (input: unknown): Result.Result<ValidRiskMatrix, DecodeError | InvalidRiskMatrix> =>
  Result.flatMap(decode(RiskMatrixSchema, input), validateRiskMatrix);
