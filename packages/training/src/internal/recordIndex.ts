import type { TrainingRecord } from "../record/TrainingRecord";
import { isInstant } from "./isInstant";
import { listLengthUpTo } from "@unsms/core";
import { MAX_COMPLETED } from "./limits";

/**
 * Reads a record's completions in one pass, as `courseStatus` always read them: for each
 * course id (compared as `Array.prototype.includes` compares), the date of its latest
 * completion on or before `at`. A record or instant that is not what the types say, or more
 * than 1 000 completions, is no completion; a completion whose date is not an instant is
 * skipped. A value that throws when read (a revoked proxy, a throwing getter) throws here:
 * the caller answers for it.
 *
 * @internal
 */
export const indexRecord = (record: TrainingRecord, at: Date): ReadonlyMap<unknown, Date> => {
  const latest = new Map<unknown, Date>();
  const completed = record?.completed;
  // by index within the length checked, never by the list's own iterator
  const count = isInstant(at) ? listLengthUpTo(completed, MAX_COMPLETED) : -1;
  for (let index = 0; index < count; index++) {
    const { course: id, on } = (completed[index] ?? {}) as { course?: unknown; on?: unknown };
    // on or before the instant, and later than any of the course before it (`undefined >= n` is false)
    if (isInstant(on) && on.getTime() <= at.getTime() && !((latest.get(id)?.getTime() as number) >= on.getTime()))
      latest.set(id, on);
  }
  return latest;
};
