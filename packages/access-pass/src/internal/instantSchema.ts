import { parseInstant } from "@unsms/core";
import * as Result from "effect/Result";
import * as z from "zod";

/**
 * An RFC 3339 date-time text that core's `parseInstant` reads (a real calendar date, an
 * offset): every JSON date-time of the package's inputs goes through the one parser, so
 * `2007-02-30T00:00:00Z` is refused rather than rolled over to March. `utcSeconds` keeps
 * the stored form `YYYY-MM-DDTHH:MM:SSZ`.
 *
 * @internal
 */
export const instantSchema = (utcSeconds: boolean) =>
  (utcSeconds ? z.iso.datetime({ precision: 0 }) : z.iso.datetime({ offset: true })).refine(
    (text) => Result.isSuccess(parseInstant(text)),
    {
      message: "not a real instant (RFC 3339 with an offset and a real calendar date)",
    },
  );
