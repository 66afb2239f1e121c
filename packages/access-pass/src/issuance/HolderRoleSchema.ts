import * as z from "zod";

/**
 * Schema of the holder's role in their organization, as NGO designations name it: the
 * organization's `head` (president or chief executive), its `chief-administrative-officer`,
 * or a `representative` (a main or additional one). A category whose rule carries the
 * `head-approved-first` requirement (NGO annual passes in the default policy) needs it:
 * a representative gets a pass only once the head or the chief administrative officer holds
 * one.
 *
 * @example
 * ```ts
 * import { decode } from "@unsms/core/schema"
 * import { HolderRoleSchema } from "@unsms/access-pass/schema"
 * import * as Result from "effect/Result"
 *
 * console.log(Result.getOrThrow(decode(HolderRoleSchema, "chief-administrative-officer"))) // "chief-administrative-officer"
 * ```
 *
 * @category issuance
 * @since 0.2.0
 */
export const HolderRoleSchema = z.enum(["head", "chief-administrative-officer", "representative"]);

/**
 * The holder's role in their organization: what {@link HolderRoleSchema} decodes (a type
 * test ties the two).
 *
 * @example
 * ```ts
 * import type { HolderRole } from "@unsms/access-pass"
 *
 * const approvesOthers = (role: HolderRole) => role !== "representative"
 * console.log(approvesOthers("head"), approvesOthers("representative")) // true false
 * ```
 *
 * @category issuance
 * @since 0.2.0
 */
export type HolderRole = "head" | "chief-administrative-officer" | "representative";
