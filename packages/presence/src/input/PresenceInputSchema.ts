import * as z from "zod";
import type { CountingRule } from "../headcounts/CountingRule";
import { CountingRuleSchema } from "../headcounts/CountingRuleSchema";
import type { EvacuationPolicy } from "../evacuation/EvacuationPolicy";
import { EvacuationPolicySchema } from "../evacuation/EvacuationPolicySchema";
import type { PresenceRecord } from "../record/PresenceRecord";
import { PresenceRecordSchema } from "../record/PresenceRecordSchema";

/**
 * Schema of the input of `unsms presence …` (`unsms schema presence` prints it):
 * `{"records": [presence record, …]}` with, optionally, the counting `rule` of the
 * headcounts and the `evacuation` policy of the lists (their defaults otherwise). At most
 * 1 000 000 records.
 *
 * @example
 * ```ts
 * import { PresenceInputSchema } from "@unsms/presence/schema"
 * import { decode } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * const input = { records: [{ person: "s1", organization: "UNDP", category: "staff", dutyStation: "Cairo", from: "2006-01-01T00:00:00+02:00" }] }
 * console.log(Result.isSuccess(decode(PresenceInputSchema, input))) // true
 * ```
 *
 * @category schemas
 * @since 0.2.0
 */
export const PresenceInputSchema = z.strictObject({
  records: z.array(PresenceRecordSchema).max(1_000_000),
  rule: CountingRuleSchema.optional(),
  evacuation: EvacuationPolicySchema.optional(),
});

/**
 * The input of `unsms presence …`, decoded ({@link PresenceInputSchema}): the records with
 * instants as `Date`s, and the optional rule and policy, field for field (a type test ties
 * the two).
 *
 * @example
 * ```ts
 * import type { PresenceInput } from "@unsms/presence/schema"
 *
 * const input: PresenceInput = { records: [] }
 * console.log(input.records.length) // 0
 * ```
 *
 * @category schemas
 * @since 0.2.0
 */
export interface PresenceInput {
  /** The presence records, at most 1 000 000. */
  readonly records: ReadonlyArray<PresenceRecord>;
  /** The counting rule of the headcounts (default: `defaultCountingRule`). */
  readonly rule?: CountingRule | undefined;
  /** The evacuation policy of the lists (default: `defaultEvacuationPolicy`). */
  readonly evacuation?: EvacuationPolicy | undefined;
}
