import * as z from "zod";

/**
 * Schema of core's `Citation`, for inputs that carry their sources.
 *
 * @internal
 */
export const CitationSchema = z.strictObject({
  document: z.string().min(1),
  location: z.string().min(1),
  year: z.number().int().exactOptional(),
  note: z.string().exactOptional(),
});
