import * as z from "zod";

/**
 * Schema of a {@link @unsms/core!index.Citation | Citation} as it travels in JSON, for inputs that carry their sources
 * (an agency's framework, staffing table or policy edition).
 *
 * @example
 * ```ts
 * import { CitationSchema, decode } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * const citation = decode(CitationSchema, { document: "A/61/531", location: "Table 1" })
 * console.log(Result.isSuccess(citation)) // true
 * ```
 *
 * @category citations
 * @since 0.1.0
 */
export const CitationSchema = z.strictObject({
  document: z.string().min(1),
  location: z.string().min(1),
  year: z.number().int().exactOptional(),
  note: z.string().min(1).exactOptional(),
});
