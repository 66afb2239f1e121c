import * as z from "zod";
import { CitationSchema } from "@unsms/core/schema";
import { RoleSchema } from "./RoleSchema";

/**
 * Schema of a {@link @unsms/accountability!index.Framework | Framework}: what an agency's own edition (say, the 2011 Framework of
 * Accountability) must look like as JSON. `parseFramework` checks this shape and then
 * the framework's consistency.
 *
 * @example
 * ```ts
 * import { annexIFramework } from "@unsms/accountability"
 * import { FrameworkSchema } from "@unsms/accountability/schema"
 *
 * console.log(FrameworkSchema.safeParse(annexIFramework).success) // true
 * ```
 *
 * @category framework
 * @since 0.1.0
 */
export const FrameworkSchema = z.strictObject({
  edition: z.string().min(1),
  citation: CitationSchema,
  missionStatement: z.strictObject({ value: z.string().min(1), citation: CitationSchema }),
  apex: z.strictObject({ id: z.string().min(1), name: z.string().min(1), citation: CitationSchema }),
  hostGovernment: z
    .strictObject({
      id: z.string().min(1),
      name: z.string().min(1),
      responsibility: z.string().min(1),
      citation: CitationSchema,
    })
    .optional(),
  roles: z.array(RoleSchema),
});
