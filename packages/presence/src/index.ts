/**
 * Who is where (A/61/531 ¶25): presence records from the integrated security tracking
 * system, the census of a duty station at an instant, the changes between two instants,
 * evacuation and relocation lists by priority group, and cost-sharing headcounts handed
 * straight to `@unsms/cost-sharing`. Reading records from JSON is `@unsms/presence/schema`.
 *
 * @packageDocumentation
 */
export { presenceCategories, type PresenceCategory } from "./record/presenceCategories";
export { trackingSystemSource } from "./record/trackingSystemSource";
export type { PresenceRecord } from "./record/PresenceRecord";

export type { PresentPerson } from "./census/PresentPerson";
export type { Census, StationCensus } from "./census/Census";
export { takeCensus } from "./census/takeCensus";

export type { PresenceChanges } from "./changes/PresenceChanges";
export { changesBetween } from "./changes/changesBetween";

export type { EvacuationPolicy } from "./evacuation/EvacuationPolicy";
export { defaultEvacuationPolicy } from "./evacuation/defaultEvacuationPolicy";
export type { EvacuationList } from "./evacuation/EvacuationList";
export { drawEvacuationList } from "./evacuation/drawEvacuationList";

export type { CountingRule } from "./headcounts/CountingRule";
export { defaultCountingRule } from "./headcounts/defaultCountingRule";
export type { Headcounts } from "./headcounts/Headcounts";
export { countHeadcounts } from "./headcounts/countHeadcounts";
export { costSharesFromPresence, type PresenceCostShares } from "./headcounts/costSharesFromPresence";

export { ConflictingPresence } from "./errors/ConflictingPresence";
export { InvalidPresenceInput } from "./errors/InvalidPresenceInput";
