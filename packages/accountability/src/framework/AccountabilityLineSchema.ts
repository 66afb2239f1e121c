import * as z from "zod";
import { CitationSchema } from "@unsms/core/schema";
import { OrganizationKindSchema } from "./OrganizationKindSchema";

/**
 * Schema of an {@link @unsms/accountability!index.AccountabilityLine | AccountabilityLine}, as a framework loaded from JSON states it.
 *
 * @example
 * ```ts
 * import { AccountabilityLineSchema } from "@unsms/accountability/schema"
 *
 * const line = AccountabilityLineSchema.parse({
 *   to: "secretary-general",
 *   through: "usg-dss",
 *   kind: "accountable",
 *   description: "accountable to the Secretary-General through the USG/DSS",
 *   citation: { document: "A/61/531", location: "Annex I, ¶7" },
 * })
 * console.log(line.to) // "secretary-general"
 * ```
 *
 * @category framework
 * @since 0.1.0
 */
export const AccountabilityLineSchema = z.strictObject({
  to: z.string().min(1),
  through: z.string().min(1).optional(),
  kind: z.enum(["accountable", "reports", "recognizes-coordination", "advises", "technical"]),
  organizationKinds: z.array(OrganizationKindSchema).min(1).optional(),
  description: z.string().min(1),
  citation: CitationSchema,
});
