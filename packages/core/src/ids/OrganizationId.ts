import type * as z from "zod";
import type { OrganizationIdSchema } from "./OrganizationIdSchema";

/**
 * The id of a participating organization (UNDP, WFP, the World Bank), branded: a plain string is not accepted where it is expected;
 * make one with {@link @unsms/core!schema.decode | decode} and {@link OrganizationIdSchema}.
 *
 * @example
 * ```ts
 * import { type OrganizationId } from "@unsms/core"
 * import { decode, OrganizationIdSchema } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * const id: OrganizationId = Result.getOrThrow(decode(OrganizationIdSchema, "UNDP"))
 * console.log(id) // "UNDP"
 * ```
 *
 * @category ids
 * @since 0.1.0
 */
export type OrganizationId = z.infer<typeof OrganizationIdSchema>;
