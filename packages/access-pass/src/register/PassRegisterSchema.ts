import type { PassId } from "@unsms/core";
import { PassIdSchema } from "@unsms/core/schema";
import * as z from "zod";
import { MAX_REGISTER_ENTRIES } from "../internal/limits";
import { storedInstant } from "../internal/instantSchema";
import { PassSchema, type Pass } from "../issuance/PassSchema";

/**
 * Schema of a pass register: every pass a pass office has issued, with its status
 * (`active`, `suspended` or `revoked`), when and why the status last changed, and the pass
 * that replaced it when it was reported lost; at most 1 000 000 entries (our choice), the
 * limit every register function checks first. `unsms schema pass-register` prints it.
 *
 * @example
 * ```ts
 * import { decode } from "@unsms/core/schema"
 * import { PassRegisterSchema } from "@unsms/access-pass/schema"
 * import * as Result from "effect/Result"
 *
 * console.log(Result.getOrThrow(decode(PassRegisterSchema, [])).length) // 0
 * ```
 *
 * @category register
 * @since 0.1.0
 */
export const PassRegisterSchema = z
  .array(
    z.strictObject({
      pass: PassSchema,
      status: z.enum(["active", "suspended", "revoked"]),
      changedAt: storedInstant,
      reason: z.string().optional(),
      replacedBy: PassIdSchema.optional(),
    }),
  )
  .max(MAX_REGISTER_ENTRIES);

/**
 * A pass register (see {@link PassRegisterSchema}): read-only; every operation returns a
 * new register.
 *
 * @example
 * ```ts
 * import type { PassRegister } from "@unsms/access-pass"
 *
 * const empty: PassRegister = []
 * console.log(empty.length)
 * ```
 *
 * @category register
 * @since 0.1.0
 */
export type PassRegister = ReadonlyArray<RegisterEntry>;

/**
 * One pass in a {@link PassRegister} with its status: what an element of
 * {@link PassRegisterSchema} decodes, field for field (a type test ties the two).
 *
 * @example
 * ```ts
 * import { registerPass, suspendPass, type Pass, type RegisterEntry } from "@unsms/access-pass"
 * import * as Result from "effect/Result"
 *
 * const isUsable = (entry: RegisterEntry) => entry.status === "active"
 * const pass = {
 *   id: "NY-000001", category: "visitor", dutyStation: "New York",
 *   holder: { name: "A. Visitor", organization: "Public" }, zones: ["grounds"],
 *   stationBound: true, escortRequired: true, issuedAt: "2006-06-30T12:00:00Z",
 *   validFrom: "2006-06-30T12:00:00Z", validUntil: "2006-07-01T12:00:00Z", renewals: 0,
 * } as Pass
 * const register = Result.getOrThrow(registerPass([], pass))
 * const suspended = Result.getOrThrow(suspendPass(register, pass.id, new Date("2006-06-30T15:00:00Z"), "under review"))
 * console.log(register.filter(isUsable).length, suspended.filter(isUsable).length) // 1 0
 * ```
 *
 * @category register
 * @since 0.1.0
 */
export interface RegisterEntry {
  /** The pass. */
  readonly pass: Pass;
  /** Its status: `active`, `suspended` or `revoked`. */
  readonly status: "active" | "suspended" | "revoked";
  /** When the status last changed (`2006-06-30T15:00:00Z`). */
  readonly changedAt: string;
  /** Why it last changed, when the pass office said. */
  readonly reason?: string | undefined;
  /** The pass that replaced it when it was reported lost. */
  readonly replacedBy?: PassId | undefined;
}
