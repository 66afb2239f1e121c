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
export * as CostSharing from "@unsms/cost-sharing";
