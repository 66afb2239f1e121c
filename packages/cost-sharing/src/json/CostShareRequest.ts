import type { Payment } from "../payments/Payment";
import type { CostShareInput } from "../scenario/Scenario";

/**
 * A cost-sharing request read from JSON ({@link @unsms/cost-sharing!schema.readCostShareRequest | readCostShareRequest}): what to share and,
 * optionally, the payments that give the funding gap.
 *
 * @example
 * ```ts
 * import type { CostShareRequest } from "@unsms/cost-sharing"
 * import { makeMoney, USD } from "@unsms/core"
 *
 * const request: CostShareRequest = { total: makeMoney(100n, USD), participants: [{ id: "A", headcount: 1 }], payments: [] }
 * console.log(request.payments?.length)
 * ```
 *
 * @category json
 * @since 0.1.0
 */
export interface CostShareRequest extends CostShareInput {
  /** Payments and withholdings, when the funding gap is wanted. */
  readonly payments?: ReadonlyArray<Payment>;
}
