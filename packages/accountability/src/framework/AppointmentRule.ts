import type { Citation } from "@unsms/core";
import * as z from "zod";
import { CitationSchema } from "@unsms/core/schema";

/**
 * Schema of an {@link AppointmentRule}, as a framework loaded from JSON states it.
 *
 * @example
 * ```ts
 * import { AppointmentRuleSchema } from "@unsms/accountability"
 *
 * const rule = AppointmentRuleSchema.parse({
 *   by: ["designated-official"],
 *   inWriting: true,
 *   afterConsulting: ["security-management-team"],
 *   requirements: [],
 *   description: "appointed in writing by the DO after consultation with the SMT",
 *   citation: { document: "A/61/531", location: "Annex I, ¶16" },
 * })
 * console.log(rule.inWriting)
 * ```
 *
 * @category framework
 * @since 0.1.0
 */
export const AppointmentRuleSchema = z.strictObject({
  by: z.array(z.string().min(1)),
  inWriting: z.boolean(),
  afterConsulting: z.array(z.string().min(1)),
  requirements: z.array(z.string().min(1)),
  description: z.string().min(1),
  citation: CitationSchema,
});

/**
 * Who appoints a role and how: the roles that may appoint it (empty when the framework
 * names none), whether the appointment must be in writing, whom the appointer must
 * consult first, and what the appointee must be (an international staff member, a
 * security professional).
 *
 * @example
 * ```ts
 * import type { AppointmentRule } from "@unsms/accountability"
 *
 * const rule: AppointmentRule = {
 *   by: ["usg-dss"],
 *   inWriting: false,
 *   afterConsulting: [],
 *   requirements: ["a security professional"],
 *   description: "appointed by the USG/DSS",
 *   citation: { document: "A/61/531", location: "Annex I, ¶11" },
 * }
 * console.log(rule.by)
 * ```
 *
 * @category framework
 * @since 0.1.0
 */
export interface AppointmentRule {
  /** Ids of the roles (or the apex) that may appoint. Empty when the framework names none. */
  readonly by: ReadonlyArray<string>;
  /** Whether the appointment must be made in writing. */
  readonly inWriting: boolean;
  /** Ids of the roles the appointer consults before appointing. */
  readonly afterConsulting: ReadonlyArray<string>;
  /** What the appointee must be, in words. */
  readonly requirements: ReadonlyArray<string>;
  /** The rule in words. */
  readonly description: string;
  /** Where the framework states it. */
  readonly citation: Citation;
}
