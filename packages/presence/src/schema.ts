/**
 * The boundary of `@unsms/presence`: the zod schemas of presence records, counting rules,
 * evacuation policies and the CLI's input, and `readPresenceInput`, which reads them from
 * JSON (instants through core's `parseInstant`). Kept apart from `@unsms/presence` so that
 * code which only computes never loads zod.
 *
 * @packageDocumentation
 */
export { PresenceRecordSchema } from "./record/PresenceRecordSchema";
export { CountingRuleSchema } from "./headcounts/CountingRuleSchema";
export { EvacuationPolicySchema } from "./evacuation/EvacuationPolicySchema";
export { PresenceInputSchema, type PresenceInput } from "./input/PresenceInputSchema";
export { readPresenceInput } from "./input/readPresenceInput";
