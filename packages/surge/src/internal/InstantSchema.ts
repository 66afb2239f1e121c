import { parseInstant } from "@unsms/core";
import * as Result from "effect/Result";
import * as z from "zod";

/**
 * A JSON date-time read with core's `parseInstant` (RFC 3339 with a mandatory offset, a
 * real calendar date): the input is a string, the output a `Date`.
 *
 * @internal
 */
export const InstantSchema = z.string().transform((text, context): Date => {
  const parsed = parseInstant(text);
  if (Result.isSuccess(parsed)) return parsed.success;
  context.addIssue({ code: "custom", input: text, message: parsed.failure.expected });
  return z.NEVER;
});
