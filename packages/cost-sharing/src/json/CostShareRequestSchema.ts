import * as z from "zod";
import { CurrencyCodeSchema, DecimalAmountSchema, OrganizationIdSchema } from "@unsms/core/schema";
import { ParticipantSchema } from "../apportion/ParticipantSchema";
import { MAX_TIERS } from "../internal/maxTiers";
import { MAX_WEIGHTS } from "../internal/maxWeights";
import { percentToRate } from "../internal/percentToRate";

/** A percentage written as a decimal: `"0.5"`, `"12"`. */
const PERCENT = /^(0|[1-9][0-9]*)(\.[0-9]+)?$/;

/**
 * Schema of a cost-sharing formula in JSON: `{"kind": "proportional"}`, `{"kind":
 * "floor", "minimum": "75000.00"}` or `{"kind": "tiers", "tiers": [{"belowPercent":
 * "0.5", "amount": "25000.00"}, …]}` (thresholds as percentages of the total headcount,
 * above 0, at most 100 and increasing, each refused at its `belowPercent` otherwise; amounts in the request's currency; at most 100 tiers, since each
 * participant is compared with the tiers in turn: the 2002–2003 formula had two).
 *
 * @example
 * ```ts
 * import { FormulaJsonSchema } from "@unsms/cost-sharing/schema"
 * import { decode } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * console.log(Result.isSuccess(decode(FormulaJsonSchema, { kind: "floor", minimum: "75000.00" }))) // true
 * ```
 *
 * @category json
 * @since 0.1.0
 */
export const FormulaJsonSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("proportional") }),
  z.strictObject({ kind: z.literal("floor"), minimum: DecimalAmountSchema }),
  z.strictObject({
    kind: z.literal("tiers"),
    tiers: z
      .array(
        z.strictObject({
          belowPercent: z.string().regex(PERCENT, { message: 'a percentage such as "0.5"' }),
          amount: DecimalAmountSchema,
        }),
      )
      .min(1)
      .max(MAX_TIERS)
      .superRefine((tiers, context) => {
        // the thresholds: above 0, at most 100 % and each above the one before, compared exactly
        let previous: ReturnType<typeof percentToRate> | undefined;
        tiers.forEach(({ belowPercent }, index) => {
          if (!PERCENT.test(belowPercent)) return void (previous = undefined); // refused by its pattern
          const below = percentToRate(belowPercent);
          if (
            below.numerator === 0n ||
            below.numerator > below.denominator ||
            (previous !== undefined && below.numerator * previous.denominator <= previous.numerator * below.denominator)
          )
            context.addIssue({
              code: "custom",
              path: [index, "belowPercent"],
              input: belowPercent,
              message:
                index === 0
                  ? "a percentage above 0 and at most 100"
                  : "a percentage above the previous tier's and at most 100",
            });
          previous = below;
        });
      }),
  }),
]);

/**
 * Schema of a payment in JSON: `{"id": "World Bank", "withheld": "11000000.00"}` or
 * `{"id": "UNDP", "paid": "1000.00"}`, in the request's currency.
 *
 * @example
 * ```ts
 * import { PaymentJsonSchema } from "@unsms/cost-sharing/schema"
 * import { decode } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * console.log(Result.isSuccess(decode(PaymentJsonSchema, { id: "World Bank", withheld: "11000000.00" }))) // true
 * ```
 *
 * @category json
 * @since 0.1.0
 */
export const PaymentJsonSchema = z.union([
  z.strictObject({ id: OrganizationIdSchema, paid: DecimalAmountSchema }),
  z.strictObject({ id: OrganizationIdSchema, withheld: DecimalAmountSchema }),
]);

/**
 * Schema of the request of `unsms cost-share` (`unsms schema cost-share` prints it):
 * `{"currency": "USD", "total": "400000000.00", "participants": [{"id": "UNDP",
 * "headcount": 1234}, …], "formula": {"kind": "proportional"}}`; `formula` is optional
 * (proportional), and optional `payments` ask for the funding gap. `participants` and
 * `payments` hold at most `2^27` items each (134 217 728, the most participants `apportion`
 * takes): a longer list is refused by its length before any item is read, so a sparse array
 * claiming 2^32 − 1 items costs nothing.
 *
 * @example
 * ```ts
 * import { CostShareRequestSchema } from "@unsms/cost-sharing/schema"
 * import { decode } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * const request = { currency: "USD", total: "400000000.00", participants: [{ id: "UNDP", headcount: 1234 }] }
 * console.log(Result.isSuccess(decode(CostShareRequestSchema, request))) // true
 * ```
 *
 * @category json
 * @since 0.1.0
 */
export const CostShareRequestSchema = z.strictObject({
  currency: CurrencyCodeSchema,
  total: DecimalAmountSchema,
  participants: z.array(ParticipantSchema).min(1).max(MAX_WEIGHTS),
  formula: FormulaJsonSchema.optional(),
  payments: z.array(PaymentJsonSchema).max(MAX_WEIGHTS).optional(),
});
