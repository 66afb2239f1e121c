/**
 * The boundary of `@unsms/presence`: the zod schemas of presence records, counting rules,
 * evacuation policies and the CLI's input, and `readPresenceInput`, which reads them from
 * JSON (instants through core's `parseInstant`). Kept apart from `@unsms/presence` so that
 * code which only computes never loads zod.
 *
 * @packageDocumentation
 */
export * from "./record/PresenceRecordSchema";
export * from "./headcounts/CountingRuleSchema";
export * from "./evacuation/EvacuationPolicySchema";
export * from "./input/PresenceInputSchema";
export * from "./input/readPresenceInput";
