import type * as z from "zod";
import type { CoverageRequestSchema } from "./CoverageRequestSchema";

/**
 * The input of `unsms staffing coverage` (checked at the boundary by `CoverageRequestSchema` of `@unsms/staffing/schema`).
 *
 * @example
 * ```ts
 * import type { CoverageRequest } from "@unsms/staffing"
 *
 * const request: CoverageRequest = { weeklyContractHours: 40, reliefFactor: "0.2", positions: 1 }
 * console.log(request.positions)
 * ```
 *
 * @category coverage
 * @since 0.1.0
 */
export type CoverageRequest = z.output<typeof CoverageRequestSchema>;
