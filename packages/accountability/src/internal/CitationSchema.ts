import * as z from "zod";

/**
 * The zod schema of core's `Citation`, for frameworks loaded from JSON.
 *
 * @internal
 */
export const CitationSchema = z.strictObject({
  document: z.string().min(1),
  location: z.string().min(1),
  year: z.number().int().optional(),
  note: z.string().min(1).optional(),
});
