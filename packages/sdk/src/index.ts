/**
 * The one import for systems that embed unsms: the core vocabulary (money, rates, ids,
 * errors, `decode`) and, namespaced, every domain package.
 *
 * @example
 * ```ts
 * import { formatMoney, parseMoney, USD } from "@unsms/sdk"
 * import { Result } from "effect"
 *
 * console.log(formatMoney(Result.getOrThrow(parseMoney("33400", USD)))) // "33400.00"
 * ```
 *
 * @packageDocumentation
 */
export * from "@unsms/core";
export * as Risk from "@unsms/risk";
/** The framework of accountability (A/61/531, Annex I) and the check of a duty station's arrangement: `@unsms/accountability`. */
export * as Accountability from "@unsms/accountability";
export * as Staffing from "@unsms/staffing";
export * as ReferenceData from "@unsms/reference-data";
export * as AccessPass from "@unsms/access-pass";

export { decodeInput } from "./inputs/decodeInput";
export { inputJsonSchema } from "./inputs/inputJsonSchema";
export { inputSchemas, type InputName } from "./inputs/inputSchemas";
