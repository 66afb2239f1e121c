import { parseInstant } from "@unsms/core";
import { InstantSchema } from "@unsms/core/schema";
import * as Result from "effect/Result";
import * as z from "zod";
import { toIsoSecond } from "./time";

/**
 * An RFC 3339 date-time text that core's `parseInstant` reads — a real calendar date, an
 * offset (`Z`, `z` or `±hh:mm`), `T` or `t` —, kept as written: what a pass request carries.
 * The issue of a refused text is parseInstant's `expected`, as in core's `InstantSchema`, so
 * `2007-02-30T00:00:00Z` is refused rather than rolled over to March, and whatever
 * `parseInstant` reads (a CLI's `--at`) is accepted.
 *
 * @internal
 */
export const instantText = z.string().check((context) => {
  const parsed = parseInstant(context.value);
  if (Result.isFailure(parsed))
    context.issues.push({ code: "custom", input: context.value, message: parsed.failure.expected });
});

/**
 * An instant read by core's `InstantSchema` (the same texts as {@link instantText}) and
 * written in the stored form `YYYY-MM-DDTHH:MM:SSZ` of passes and registers
 * (`2006-06-30T14:00:00+02:00` gives `2006-06-30T12:00:00Z`); a fraction of a second is
 * refused, not rounded (a year outside 0000–9999 in UTC is refused by `InstantSchema` itself).
 *
 * @internal
 */
export const storedInstant = InstantSchema.pipe(
  z.transform((date: Date, context): string => {
    const ms = date.getTime();
    if (ms % 1000 === 0) return toIsoSecond(ms);
    context.issues.push({
      code: "custom",
      input: date,
      message: "a whole second, e.g. 2006-06-30T12:00:00Z",
    });
    return z.NEVER;
  }),
);
