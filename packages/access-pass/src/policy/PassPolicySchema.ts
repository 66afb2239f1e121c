import * as z from "zod";
import { CategoryRuleSchema, type CategoryRule } from "./CategoryRuleSchema";
import type { PassCategory } from "./PassCategory";

/**
 * Schema of a whole pass policy: its name and edition, and the rule of every category. An
 * agency decodes its own policy with it (`unsms schema pass-policy` prints it).
 *
 * @example
 * ```ts
 * import { decode } from "@unsms/core/schema"
 * import { defaultPassPolicy } from "@unsms/access-pass"
 * import { PassPolicySchema } from "@unsms/access-pass/schema"
 * import * as Result from "effect/Result"
 *
 * console.log(Result.isSuccess(decode(PassPolicySchema, defaultPassPolicy))) // true
 * ```
 *
 * @category policy
 * @since 0.1.0
 */
export const PassPolicySchema = z.strictObject({
  name: z.string().min(1),
  edition: z.string().min(1),
  categories: z.strictObject({
    staff: CategoryRuleSchema,
    affiliate: CategoryRuleSchema,
    delegate: CategoryRuleSchema,
    "ngo-annual": CategoryRuleSchema,
    "ngo-temporary": CategoryRuleSchema,
    media: CategoryRuleSchema,
    contractor: CategoryRuleSchema,
    intern: CategoryRuleSchema,
    retiree: CategoryRuleSchema,
    visitor: CategoryRuleSchema,
    courtesy: CategoryRuleSchema,
  }),
});

/**
 * A pass policy: the rule of every {@link PassCategory}. Data, replaceable by an agency;
 * the default is {@link defaultPassPolicy}.
 *
 * @example
 * ```ts
 * import { defaultPassPolicy, type PassPolicy } from "@unsms/access-pass"
 *
 * const policy: PassPolicy = {
 *   ...defaultPassPolicy,
 *   name: "Agency X",
 *   categories: { ...defaultPassPolicy.categories, visitor: { ...defaultPassPolicy.categories.visitor, escortRequired: false } },
 * }
 * console.log(policy.categories.visitor.escortRequired) // false
 * ```
 *
 * @category policy
 * @since 0.1.0
 */
export interface PassPolicy {
  /** The policy's name, e.g. `"unsms default grounds pass policy"`. */
  readonly name: string;
  /** Its edition or date, so that a pass office knows which rules it applied. */
  readonly edition: string;
  /** The rule of every category. */
  readonly categories: { readonly [C in PassCategory]: CategoryRule };
}
