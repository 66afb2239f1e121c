import type { DecodeError } from "@unsms/core";
import { decode } from "@unsms/core/schema";
import type * as Result from "effect/Result";
import { PresenceInputSchema, type PresenceInput } from "./PresenceInputSchema";

/**
 * Reads the input of `unsms presence …` from untyped JSON: checks every record, reads its
 * instants with core's `parseInstant` (RFC 3339 with an offset, real calendar dates), fills
 * the defaults (`to: null`, the ¶25 tracking system as `source`), or returns a
 * `DecodeError` listing every problem with its path.
 *
 * @example
 * ```ts
 * import { readPresenceInput } from "@unsms/presence/schema"
 * import * as Result from "effect/Result"
 *
 * const bad = readPresenceInput({ records: [{ person: "s1", organization: "UNDP", category: "staff", dutyStation: "Cairo", from: "2006-02-30T00:00:00Z" }] })
 * if (Result.isFailure(bad)) console.log(bad.failure.issues.map((issue) => issue.path)) // ["$.records[0].from"]
 * ```
 *
 * @category schemas
 * @since 0.2.0
 */
export const readPresenceInput = (input: unknown): Result.Result<PresenceInput, DecodeError> =>
  decode(PresenceInputSchema, input);
