import * as z from "zod";

/**
 * Schema of a zone of UN premises a pass opens: a short lowercase code (`a-z`, digits and
 * `-`, at most 32 characters), e.g. `"grounds"`, `"conference"`, `"offices"`. Zones are
 * whatever an agency's policy names; the default policy uses the zones of
 * {@link @unsms/access-pass!index.defaultPassPolicy | defaultPassPolicy}.
 *
 * @example
 * ```ts
 * import { decode } from "@unsms/core/schema"
 * import { ZoneSchema } from "@unsms/access-pass/schema"
 * import * as Result from "effect/Result"
 *
 * console.log(Result.isSuccess(decode(ZoneSchema, "conference"))) // true
 * ```
 *
 * @category policy
 * @since 0.1.0
 */
export const ZoneSchema = z.string().regex(/^[a-z][a-z0-9-]{0,31}$/, {
  message: "a zone code: a-z, 0-9 and -, starting with a letter, at most 32 characters",
});

/**
 * A zone code: what {@link ZoneSchema} decodes, a plain string (a type test ties the two);
 * only a decoded zone is known to follow the schema's pattern.
 *
 * @example
 * ```ts
 * import type { Zone } from "@unsms/access-pass"
 *
 * const zones: ReadonlyArray<Zone> = ["grounds", "conference"]
 * console.log(zones.includes("conference")) // true
 * ```
 *
 * @category policy
 * @since 0.1.0
 */
export type Zone = string;
