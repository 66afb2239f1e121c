import * as z from "zod";
import { CitationSchema } from "@unsms/core/schema";
import { AccountabilityLineSchema } from "./AccountabilityLineSchema";
import { AppointmentRuleSchema } from "./AppointmentRuleSchema";
import { DutySchema } from "./DutySchema";

/**
 * Schema of a {@link @unsms/accountability!index.Role | Role}.
 *
 * @example
 * ```ts
 * import { annexIFramework } from "@unsms/accountability"
 * import { RoleSchema } from "@unsms/accountability/schema"
 *
 * console.log(RoleSchema.safeParse(annexIFramework.roles[4]).success) // true
 * ```
 *
 * @category framework
 * @since 0.1.0
 */
export const RoleSchema = z.strictObject({
  id: z.string().min(1),
  letter: z.string().min(1),
  name: z.string().min(1),
  description: z.string().min(1),
  accountableTo: z.array(AccountabilityLineSchema),
  appointment: AppointmentRuleSchema,
  duties: z.array(DutySchema),
  citation: CitationSchema,
});
