/**
 * Who is where (A/61/531 ¶25): presence records from the integrated security tracking
 * system, the census of a duty station at an instant, the changes between two instants,
 * evacuation and relocation lists by priority group, and cost-sharing headcounts handed
 * straight to `@unsms/cost-sharing`. Reading records from JSON is `@unsms/presence/schema`.
 *
 * @packageDocumentation
 */
export * from "./record/presenceCategories";
export * from "./record/trackingSystemSource";
export type * from "./record/PresenceRecord";

export type * from "./census/PresentPerson";
export type * from "./census/Census";
export * from "./census/takeCensus";

export type * from "./changes/PresenceChanges";
export * from "./changes/changesBetween";

export type * from "./evacuation/EvacuationPolicy";
export * from "./evacuation/defaultEvacuationPolicy";
export type * from "./evacuation/EvacuationList";
export * from "./evacuation/drawEvacuationList";

export type * from "./headcounts/CountingRule";
export * from "./headcounts/defaultCountingRule";
export type * from "./headcounts/Headcounts";
export * from "./headcounts/countHeadcounts";
export * from "./headcounts/costSharesFromPresence";

export * from "./errors/ConflictingPresence";
export * from "./errors/InvalidPresenceInput";
