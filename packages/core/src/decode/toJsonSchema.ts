import * as z from "zod";

/**
 * The JSON Schema (draft 2020-12) of what a schema accepts as input, so that systems in
 * other languages can validate their payloads before they call unsms.
 * A plain JS caller's value that is not a zod schema gives `{ not: {} }`, the JSON Schema that
 * nothing matches; nothing is thrown.
 *
 * @example
 * ```ts
 * import { toJsonSchema } from "@unsms/core/schema"
 * import * as z from "zod"
 *
 * const schema = toJsonSchema(z.object({ currency: z.string().length(3) }))
 * console.log(JSON.stringify(schema))
 * ```
 *
 * @category decoding
 * @since 0.1.0
 */
export const toJsonSchema = (schema: z.ZodType): Record<string, unknown> => {
  try {
    return z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
  } catch {
    return { not: {} };
  }
};
