import type { SingleIssueFields } from "@unsms/core";
import * as Data from "effect/Data";

/**
 * The records put one person in two different places (or organizations, or categories)
 * at the same instant. Counting them would count the person twice, so the answer is
 * refused; `conflicts` lists every such person (sorted by id) with the placements found.
 * Two records that agree at that instant are a duplicate and count once. Its `path` is the
 * first conflicting record's in the presence input document (`$.records[1]`).
 *
 * @example
 * ```ts
 * import { takeCensus, type PresenceRecord } from "@unsms/presence"
 * import * as Result from "effect/Result"
 *
 * const at = new Date("2006-06-30T00:00:00Z")
 * const record = (dutyStation: string) =>
 *   ({ person: "p1", organization: "UNDP", category: "staff", dutyStation, from: new Date("2006-01-01T00:00:00Z"), to: null, source: "ists" }) as PresenceRecord
 * const result = takeCensus([record("Cairo"), record("Manila")], at)
 * if (Result.isFailure(result)) console.log(result.failure._tag, result.failure.path, result.failure.conflicts[0]?.person) // "ConflictingPresence" "$.records[1]" "p1"
 * ```
 *
 * @category errors
 * @since 0.2.0
 */
export class ConflictingPresence
  extends /* @__PURE__ */ Data.TaggedError("ConflictingPresence")<
    SingleIssueFields & {
      /** Every person placed twice at the instant, with the distinct placements found. */
      readonly conflicts: ReadonlyArray<{
        readonly person: string;
        readonly placements: ReadonlyArray<{
          readonly dutyStation: string;
          readonly organization: string;
          readonly category: string;
        }>;
      }>;
    }
  > {}
