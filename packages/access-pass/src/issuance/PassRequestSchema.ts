import type { DutyStationId } from "@unsms/core";
import { DutyStationIdSchema } from "@unsms/core/schema";
import * as z from "zod";
import { MAX_IDENTITY_DOCUMENTS, MAX_ZONES } from "../internal/limits";
import { organizationName } from "../internal/organizationNameSchema";
import { instantText } from "../internal/instantSchema";
import { PassCategorySchema, type PassCategory } from "../policy/PassCategory";
import { ZoneSchema, type Zone } from "../policy/ZoneSchema";
import { HolderRoleSchema, type HolderRole } from "./HolderRoleSchema";

/**
 * Schema of a request for a grounds pass, as a pass office receives it: the category, the
 * duty station, the holder as the badge will show them (name, organization), their date
 * of birth when an age limit applies and their role in the organization when the category
 * needs its head or chief administrative officer approved first ({@link HolderRoleSchema}:
 * NGO annual passes), the sponsoring or authorizing office, the identity
 * documents seen, references to the photo, contract and assignment letter, and optionally
 * the wished start, end and zones. The organization's name is trimmed of surrounding white
 * space and normalized to NFC, and may hold no control, format (zero-width, bidi) or
 * private-use character, as core's ids. `unsms schema pass-request` prints it.
 *
 * @example
 * ```ts
 * import { decode } from "@unsms/core/schema"
 * import { PassRequestSchema } from "@unsms/access-pass/schema"
 * import * as Result from "effect/Result"
 *
 * const request = decode(PassRequestSchema, {
 *   category: "visitor",
 *   dutyStation: "New York",
 *   holder: { name: "A. Visitor", organization: "Public" },
 *   sponsor: "Visitors Services",
 *   identityDocuments: [{ kind: "national-id", number: "X123" }],
 * })
 * console.log(Result.isSuccess(request)) // true
 * ```
 *
 * @category issuance
 * @since 0.1.0
 */
export const PassRequestSchema = z.strictObject({
  category: PassCategorySchema,
  dutyStation: DutyStationIdSchema,
  holder: z.strictObject({
    name: z.string().min(1).max(200),
    organization: organizationName,
    dateOfBirth: z.iso.date().optional(),
    role: HolderRoleSchema.optional(),
  }),
  sponsor: z.string().min(1).max(200).optional(),
  identityDocuments: z
    .array(
      z.strictObject({
        kind: z.enum(["passport", "national-id", "laissez-passer", "driving-licence", "other"]),
        number: z.string().min(1).max(64),
      }),
    )
    .max(MAX_IDENTITY_DOCUMENTS)
    .optional(),
  photo: z.string().min(1).max(500).optional(),
  contract: z.string().min(1).max(200).optional(),
  assignmentLetter: z.string().min(1).max(500).optional(),
  validFrom: instantText.optional(),
  validUntil: instantText.optional(),
  zones: z.array(ZoneSchema).min(1).max(MAX_ZONES).optional(),
});

/**
 * A request for a grounds pass: what {@link PassRequestSchema} decodes, field for field (a
 * type test ties the two).
 *
 * @example
 * ```ts
 * import type { PassRequest } from "@unsms/access-pass"
 *
 * const wish: Pick<PassRequest, "category" | "zones"> = { category: "media", zones: ["media"] }
 * console.log(wish.category)
 * ```
 *
 * @category issuance
 * @since 0.1.0
 */
export interface PassRequest {
  /** The pass category asked for. */
  readonly category: PassCategory;
  /** The duty station that issues the pass. */
  readonly dutyStation: DutyStationId;
  /** The holder. */
  readonly holder: {
    /** Their name as the badge shows it. */
    readonly name: string;
    /** Their organization as the badge shows it: trimmed, NFC, printable. */
    readonly organization: string;
    /** Their date of birth (`1970-02-11`), which a `minimum-age` requirement needs. */
    readonly dateOfBirth?: string | undefined;
    /** Their role in the organization, which a `head-approved-first` requirement needs. */
    readonly role?: HolderRole | undefined;
  };
  /** The sponsoring or authorizing office. */
  readonly sponsor?: string | undefined;
  /** The identity documents seen, at most 20. */
  readonly identityDocuments?:
    | ReadonlyArray<{
        /** What kind of document. */
        readonly kind: "passport" | "national-id" | "laissez-passer" | "driving-licence" | "other";
        /** Its number. */
        readonly number: string;
      }>
    | undefined;
  /** A reference to the holder's photo. */
  readonly photo?: string | undefined;
  /** A contract reference. */
  readonly contract?: string | undefined;
  /** A reference to the letter of assignment. */
  readonly assignmentLetter?: string | undefined;
  /** The wished start, an RFC 3339 date-time as written; omitted, the issuing time. */
  readonly validFrom?: string | undefined;
  /** The wished end, an RFC 3339 date-time as written; omitted, the category's longest validity. */
  readonly validUntil?: string | undefined;
  /** The wished zones, among the category's; omitted, all of them. */
  readonly zones?: ReadonlyArray<Zone> | undefined;
}
