import * as z from "zod";

/**
 * Schema of one thing a pass request must carry:
 * - `sponsor`: a sponsoring or authorizing office (a department, a permanent mission's
 *   request form, the NGO's approved head, a media accreditation office);
 * - `identity-documents`: at least `count` identity documents;
 * - `passport`: one of them a passport;
 * - `photo`: a photo for the badge;
 * - `contract`: a contract reference (contractors);
 * - `assignment-letter`: a letter of assignment (media);
 * - `minimum-age`: the holder is at least `years` old on the issuing day (needs a date of birth);
 * - `head-approved-first`: the request states the holder's role in their organization
 *   (`holder.role`), and a `representative` gets a pass only when the register already holds
 *   a pass in force (active, not expired at the issuing time) of the same organization's
 *   `head` or `chief-administrative-officer`, in a category whose rule carries this
 *   requirement too, at any duty station (the SDK's reading: the approval is the
 *   organization's, not a duty station's). Without a register, a representative is refused.
 *
 * @example
 * ```ts
 * import { decode } from "@unsms/core/schema"
 * import { RequirementSchema } from "@unsms/access-pass/schema"
 * import * as Result from "effect/Result"
 *
 * console.log(Result.getOrThrow(decode(RequirementSchema, { kind: "minimum-age", years: 18 })))
 * ```
 *
 * @category policy
 * @since 0.1.0
 */
export const RequirementSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("sponsor") }),
  z.strictObject({ kind: z.literal("identity-documents"), count: z.number().int().min(1).max(5) }),
  z.strictObject({ kind: z.literal("passport") }),
  z.strictObject({ kind: z.literal("photo") }),
  z.strictObject({ kind: z.literal("contract") }),
  z.strictObject({ kind: z.literal("assignment-letter") }),
  z.strictObject({ kind: z.literal("minimum-age"), years: z.number().int().min(1).max(120) }),
  z.strictObject({ kind: z.literal("head-approved-first") }),
]);

/**
 * One requirement of a pass category: what {@link RequirementSchema} decodes, variant for
 * variant (a type test ties the two), told apart by its `kind`.
 *
 * @example
 * ```ts
 * import type { Requirement } from "@unsms/access-pass"
 *
 * const media: ReadonlyArray<Requirement> = [{ kind: "assignment-letter" }, { kind: "identity-documents", count: 2 }, { kind: "passport" }]
 * const documents = (requirement: Requirement) => (requirement.kind === "identity-documents" ? requirement.count : 0)
 * console.log(media.map(documents)) // [0, 2, 0]
 * ```
 *
 * @category policy
 * @since 0.1.0
 */
export type Requirement =
  | { readonly kind: "sponsor" }
  | {
      readonly kind: "identity-documents";
      /** How many identity documents, 1 to 5. */
      readonly count: number;
    }
  | { readonly kind: "passport" }
  | { readonly kind: "photo" }
  | { readonly kind: "contract" }
  | { readonly kind: "assignment-letter" }
  | {
      readonly kind: "minimum-age";
      /** The youngest age on the issuing day, in years, 1 to 120. */
      readonly years: number;
    }
  | { readonly kind: "head-approved-first" };
