/**
 * Where a post's money comes from (one of {@link fundingSources}; checked at the boundary by `FundingSourceSchema` of `@unsms/staffing/schema`).
 *
 * @example
 * ```ts
 * import type { FundingSource } from "@unsms/staffing"
 *
 * const fieldSecurity: FundingSource = "cost-shared" // ¶52
 * console.log(fieldSecurity)
 * ```
 *
 * @category vocabulary
 * @since 0.1.0
 */
export type FundingSource = (typeof fundingSources)[number];

/**
 * Every funding source: regular budget, extrabudgetary, cost-shared (¶52).
 *
 * @example
 * ```ts
 * import { fundingSources } from "@unsms/staffing"
 *
 * console.log(fundingSources.join(", ")) // "regular-budget, extrabudgetary, cost-shared"
 * ```
 *
 * @category vocabulary
 * @since 0.2.0
 */
export const fundingSources = ["regular-budget", "extrabudgetary", "cost-shared"] as const;
