import * as Data from "effect/Data";

/**
 * A person was asked about who is not among the arrangement's people.
 *
 * @example
 * ```ts
 * import { explainPerson } from "@unsms/accountability"
 * import * as Result from "effect/Result"
 *
 * const arrangement = {
 *   dutyStation: "Anywhere", kind: "country" as const, people: [], organizations: [],
 *   securityManagementTeam: { chair: null, members: [] }, appointments: [],
 * }
 * const result = explainPerson(arrangement, "nobody")
 * if (Result.isFailure(result)) console.log(result.failure.message)
 * ```
 *
 * @category errors
 * @since 0.1.0
 */
export class UnknownPerson
  extends /* @__PURE__ */ Data.TaggedError("UnknownPerson")<{
    readonly message: string;
    readonly path: string;
    readonly expected: string;
    readonly received: string;
  }> {}
