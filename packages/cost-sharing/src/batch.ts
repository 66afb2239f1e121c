/**
 * The batch API of `@unsms/cost-sharing`: the largest remainder split over bare integer
 * weights, without ids, Money or formulas — for tools that apportion many totals or very
 * long lists and keep their own ids (a budget office's what-ifs, a simulation).
 * `apportionWeights(total, weights)` splits one total (ties to the lower index);
 * `makeApportioner(weights)` checks the weights once and splits any number of totals,
 * `apportionInto` writing into a Float64Array the caller owns. Every answer equals the
 * exact largest remainder split; speed and the algorithms: `docs/performance.md`.
 * `apportion` (the main entry) is the domain call, with ids, Money and formulas.
 *
 * @packageDocumentation
 */
export type * from "./apportion/ApportionedUnits";
export * from "./apportion/apportionWeights";
export type * from "./apportion/Apportioner";
export * from "./apportion/makeApportioner";
export * from "./errors/InvalidOutput";
