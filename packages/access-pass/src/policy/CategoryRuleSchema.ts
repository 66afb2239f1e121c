import type { Citation } from "@unsms/core";
import * as z from "zod";
import { MAX_REQUIREMENTS, MAX_ZONES } from "../internal/limits";
import { MaxValiditySchema, type MaxValidity } from "./MaxValiditySchema";
import { RequirementSchema, type Requirement } from "./RequirementSchema";
import { ZoneSchema, type Zone } from "./ZoneSchema";

/**
 * Schema of the rule for one pass category: what a request must carry, how long the pass
 * may be valid, how often it may be renewed, the zones it opens, whether it is valid only at
 * the duty station that issued it, whether its holder must be escorted, and where the rule
 * comes from.
 *
 * @example
 * ```ts
 * import { decode } from "@unsms/core/schema"
 * import { defaultPassPolicy } from "@unsms/access-pass"
 * import { CategoryRuleSchema } from "@unsms/access-pass/schema"
 * import * as Result from "effect/Result"
 *
 * console.log(Result.isSuccess(decode(CategoryRuleSchema, defaultPassPolicy.categories["ngo-annual"]))) // true
 * ```
 *
 * @category policy
 * @since 0.1.0
 */
export const CategoryRuleSchema = z.strictObject({
  label: z.string().min(1),
  requirements: z.array(RequirementSchema).max(MAX_REQUIREMENTS),
  maxValidity: MaxValiditySchema,
  maxRenewals: z.number().int().min(0).max(1000),
  zones: z.array(ZoneSchema).min(1).max(MAX_ZONES),
  stationBound: z.boolean(),
  escortRequired: z.boolean(),
  maxPerOrganization: z.number().int().min(1).exactOptional(),
  source: z.strictObject({
    document: z.string().min(1),
    location: z.string(),
    year: z.number().int().exactOptional(),
    note: z.string().exactOptional(),
  }),
});

/**
 * The rule for one pass category (see {@link CategoryRuleSchema}).
 *
 * @example
 * ```ts
 * import { defaultPassPolicy, type CategoryRule } from "@unsms/access-pass"
 *
 * const rule: CategoryRule = defaultPassPolicy.categories["ngo-temporary"]
 * console.log(rule.maxValidity, rule.maxRenewals) // { unit: "months", amount: 3 } 1
 * ```
 *
 * @category policy
 * @since 0.1.0
 */
export interface CategoryRule {
  /** A readable name, e.g. `"NGO representative, temporary pass"`. */
  readonly label: string;
  /** Everything a request must carry; issuance lists every one that is missing. */
  readonly requirements: ReadonlyArray<Requirement>;
  /** The longest validity, from the start of the pass. */
  readonly maxValidity: MaxValidity;
  /** How many times a pass may be renewed (0: never). */
  readonly maxRenewals: number;
  /** The zones the pass opens; a request may ask for fewer. */
  readonly zones: ReadonlyArray<Zone>;
  /** Whether the pass is valid only at the duty station that issued it. */
  readonly stationBound: boolean;
  /** Whether the holder must be escorted inside the premises. */
  readonly escortRequired: boolean;
  /**
   * At most this many passes of the category in force at once per organization and duty
   * station (NGOs in New York: 7 annual, 9 temporary); omitted, no limit.
   */
  readonly maxPerOrganization?: number;
  /** Where the rule comes from, or that it is the SDK's documented assumption. */
  readonly source: Citation;
}
