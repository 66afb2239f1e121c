import { parseInstant } from "@unsms/core";
import * as Result from "effect/Result";
import * as z from "zod";

/**
 * An RFC 3339 date-time with an offset, read by core's `parseInstant` into a `Date`.
 *
 * @internal
 */
export const instantSchema = z.string().transform((text, context) => {
  const parsed = parseInstant(text);
  if (Result.isSuccess(parsed)) return parsed.success;
  context.issues.push({ code: "custom", message: parsed.failure.expected, input: text });
  return z.NEVER;
});
