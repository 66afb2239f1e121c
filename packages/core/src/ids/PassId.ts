import type * as z from "zod";
import type { PassIdSchema } from "./PassIdSchema";

/**
 * The id of a grounds pass, branded: a plain string is not accepted where it is expected;
 * make one with {@link @unsms/core!schema.decode | decode} and {@link PassIdSchema}.
 *
 * @example
 * ```ts
 * import { type PassId } from "@unsms/core"
 * import { decode, PassIdSchema } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * const id: PassId = Result.getOrThrow(decode(PassIdSchema, "NY-2006-000123"))
 * console.log(id) // "NY-2006-000123"
 * ```
 *
 * @category ids
 * @since 0.1.0
 */
export type PassId = z.infer<typeof PassIdSchema>;
