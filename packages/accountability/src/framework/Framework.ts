import type { Citation } from "@unsms/core";
import * as z from "zod";
import { CitationSchema } from "@unsms/core/schema";
import { RoleSchema, type Role } from "./Role";

/**
 * Schema of a {@link Framework}: what an agency's own edition (say, the 2011 Framework of
 * Accountability) must look like as JSON. `parseFramework` checks this shape and then
 * the framework's consistency.
 *
 * @example
 * ```ts
 * import { annexIFramework, FrameworkSchema } from "@unsms/accountability"
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
  roles: z.array(RoleSchema),
});

/**
 * A framework of accountability as data: its edition, the mission statement, the apex
 * every chain ends at (the Member States) and the roles. The default is
 * {@link annexIFramework}; an agency can load a later edition with {@link parseFramework}
 * and pass it to every query instead.
 *
 * @example
 * ```ts
 * import { annexIFramework, type Framework } from "@unsms/accountability"
 *
 * const framework: Framework = annexIFramework
 * console.log(framework.roles.length, framework.apex.name) // 14 "Member States"
 * ```
 *
 * @category framework
 * @since 0.1.0
 */
export interface Framework {
  /** Which edition this is, in words. */
  readonly edition: string;
  /** The document it comes from. */
  readonly citation: Citation;
  /** The system's mission statement. */
  readonly missionStatement: { readonly value: string; readonly citation: Citation };
  /** Where every chain of accountability ends. */
  readonly apex: { readonly id: string; readonly name: string; readonly citation: Citation };
  /** The actors, in the framework's order. */
  readonly roles: ReadonlyArray<Role>;
}
