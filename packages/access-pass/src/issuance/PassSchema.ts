import type { DutyStationId, PassId } from "@unsms/core";
import { DutyStationIdSchema, PassIdSchema } from "@unsms/core/schema";
import * as z from "zod";
import { MAX_ZONES } from "../internal/limits";
import { organizationName } from "../internal/organizationNameSchema";
import { storedInstant } from "../internal/instantSchema";
import { PassCategorySchema, type PassCategory } from "../policy/PassCategory";
import { ZoneSchema, type Zone } from "../policy/ZoneSchema";
import { HolderRoleSchema, type HolderRole } from "./HolderRoleSchema";

/**
 * Schema of an issued grounds pass. Times are UTC instants to the second
 * (`2006-06-30T12:00:00Z`); the validity is the half-open window `[validFrom, validUntil)`.
 * The holder is what the badge shows (name and organization) and, when the request stated
 * it, their role in the organization (`head`, `chief-administrative-officer`,
 * `representative`), which the register needs to know whether an NGO's head or chief
 * administrative officer holds a pass — nothing more: no date of birth, no documents. The
 * organization's name is read as in a request: trimmed, NFC, no control, format or
 * private-use character.
 *
 * @example
 * ```ts
 * import { decode } from "@unsms/core/schema"
 * import { PassSchema } from "@unsms/access-pass/schema"
 * import * as Result from "effect/Result"
 *
 * const pass = decode(PassSchema, {
 *   id: "NY-000001", category: "visitor", dutyStation: "New York",
 *   holder: { name: "A. Visitor", organization: "Public" },
 *   zones: ["grounds"], stationBound: true, escortRequired: true,
 *   issuedAt: "2006-06-30T12:00:00Z", validFrom: "2006-06-30T12:00:00Z", validUntil: "2006-07-01T12:00:00Z",
 *   renewals: 0,
 * })
 * console.log(Result.isSuccess(pass)) // true
 * ```
 *
 * @category issuance
 * @since 0.1.0
 */
export const PassSchema = z.strictObject({
  id: PassIdSchema,
  category: PassCategorySchema,
  dutyStation: DutyStationIdSchema,
  holder: z.strictObject({
    name: z.string().min(1).max(200),
    organization: organizationName,
    role: HolderRoleSchema.optional(),
  }),
  zones: z.array(ZoneSchema).min(1).max(MAX_ZONES),
  stationBound: z.boolean(),
  escortRequired: z.boolean(),
  issuedAt: storedInstant,
  validFrom: storedInstant,
  validUntil: storedInstant,
  renewals: z.number().int().min(0),
});

/**
 * An issued grounds pass: what {@link PassSchema} decodes, field for field (a type test ties
 * the two).
 *
 * @example
 * ```ts
 * import type { Pass } from "@unsms/access-pass"
 *
 * const window = (pass: Pass) => `${pass.validFrom} – ${pass.validUntil}`
 * const pass = {
 *   id: "NY-000001", category: "visitor", dutyStation: "New York",
 *   holder: { name: "A. Visitor", organization: "Public" }, zones: ["grounds"],
 *   stationBound: true, escortRequired: true, issuedAt: "2006-06-30T12:00:00Z",
 *   validFrom: "2006-06-30T12:00:00Z", validUntil: "2006-07-01T12:00:00Z", renewals: 0,
 * } as Pass
 * console.log(window(pass)) // "2006-06-30T12:00:00Z – 2006-07-01T12:00:00Z"
 * ```
 *
 * @category issuance
 * @since 0.1.0
 */
export interface Pass {
  /** The pass's id, its serial. */
  readonly id: PassId;
  /** Its category. */
  readonly category: PassCategory;
  /** The duty station that issued it. */
  readonly dutyStation: DutyStationId;
  /** The holder as the badge shows them, and their role in the organization when the request stated it. */
  readonly holder: {
    /** Their name. */
    readonly name: string;
    /** Their organization: trimmed, NFC, printable. */
    readonly organization: string;
    /** Their role in the organization. */
    readonly role?: HolderRole | undefined;
  };
  /** The zones it opens. */
  readonly zones: ReadonlyArray<Zone>;
  /** Whether it is valid only at the duty station that issued it. */
  readonly stationBound: boolean;
  /** Whether its holder must be escorted. */
  readonly escortRequired: boolean;
  /** When it was issued (`2006-06-30T12:00:00Z`). */
  readonly issuedAt: string;
  /** The start of its validity, included. */
  readonly validFrom: string;
  /** The end of its validity, excluded. */
  readonly validUntil: string;
  /** How many times it has been renewed. */
  readonly renewals: number;
}
