import * as z from "zod";

/**
 * Schema of an {@link @unsms/accountability!index.OrganizationKind | OrganizationKind}: `"secretariat"`, `"fund-or-programme"`,
 * `"specialized-agency"` or `"other"` (Annex I ¶5 and footnote 1).
 *
 * @example
 * ```ts
 * import { OrganizationKindSchema } from "@unsms/accountability/schema"
 *
 * console.log(OrganizationKindSchema.options) // ["secretariat", "fund-or-programme", "specialized-agency", "other"]
 * ```
 *
 * @category framework
 * @since 0.2.0
 */
export const OrganizationKindSchema = z.enum(["secretariat", "fund-or-programme", "specialized-agency", "other"]);
