import * as Result from "effect/Result";
import * as z from "zod";
import { parseInstant } from "./parseInstant";

/**
 * Schema of an instant as it travels in JSON: an RFC 3339 date-time with a mandatory offset
 * (`Z` or `±hh:mm`) and a real calendar date, read by {@link @unsms/core!index.parseInstant | parseInstant} — the one instant
 * parser of unsms — into the same `Date` it gives, so that a document's dates and a CLI's
 * `--at` never disagree and no answer depends on the machine's time zone. The input is a
 * string (its JSON Schema is `{ "type": "string" }`), the output a `Date`; parseInstant's
 * limits hold (at most 64 characters, an instant of years 0000–9999 in UTC), and a refused
 * text is an issue whose `expected` is parseInstant's.
 *
 * @example
 * ```ts
 * import { decode, InstantSchema } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 * import * as z from "zod"
 *
 * const Deployment = z.strictObject({ notifiedAt: InstantSchema })
 * const read = Result.getOrThrow(decode(Deployment, { notifiedAt: "2006-06-30T14:00:00+02:00" }))
 * console.log(read.notifiedAt.toISOString()) // "2006-06-30T12:00:00.000Z"
 * console.log(Result.isFailure(decode(InstantSchema, "2007-02-30T00:00:00Z"))) // true
 * console.log(Result.isFailure(decode(InstantSchema, "2006-06-30T12:00:00"))) // true
 * console.log(Result.isFailure(decode(InstantSchema, "9999-12-31T23:59:59-23:59"))) // true
 * ```
 *
 * @category time
 * @since 0.2.0
 */
export const InstantSchema: z.ZodPipe<z.ZodString, z.ZodTransform<Date, string>> = z
  .string()
  .transform((text, context): Date => {
    const parsed = parseInstant(text);
    if (Result.isSuccess(parsed)) return parsed.success;
    context.addIssue({ code: "custom", input: text, message: parsed.failure.expected });
    return z.NEVER;
  });
